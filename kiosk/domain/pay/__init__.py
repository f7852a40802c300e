"""Legal minimum pay of work-linked contracts and internships, month by month, with sources.

Pure rules: figures come in as :class:`kiosk.domain.pay.figures.LegalFigures`, the date is always
an argument, money is ``Decimal`` rounded half-up to the cent. Screens, the command line and the
self-test run a :class:`kiosk.domain.pay.scenarios.Scenario` through
:func:`kiosk.domain.pay.scenarios.run_scenario`; what each contract asks and its limits are in
:mod:`kiosk.domain.pay.inputs`.

Each name is imported from its module: this package imports nothing, so that reading the legal
figures (:mod:`kiosk.domain.pay.figures`, on the kiosk's start path) does not load the rules.
"""
