"""The work-linked programmes as the institute's page lists them (../shared/seeds/003_*.txt).

The source page lists the M1 in Law and Management of Cultural Organisations twice; it is one
programme. Each tuple: (id, level, campus, Eduniversal rank or None).
"""

SEED_PROGRAMMES = (
    ("l3-administration-publique-management-public", "L3", "aix", None),
    ("m1-management-droit-organisations-manifestations-culturelles", "M1", "aix", None),
    ("m2-management-droit-organisations-manifestations-culturelles", "M2", "aix", 15),
    ("m1-management-etablissements-sanitaires-sociaux", "M1", "aix", None),
    ("m2-management-etablissements-sanitaires-sociaux", "M2", "aix", 13),
    ("m2-attractivite-nouveau-marketing-territorial", "M2", "aix", None),
    ("m2-marketing-communication-publics", "M2", "aix", 3),
    ("m2-management-qualite-risques-societaux", "M2", "marseille", 9),
    ("m2-securite-management-territoires", "M2", "marseille", None),
    ("m2-management-administrations-publiques", "M2", "aix", 5),
)
