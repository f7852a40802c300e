<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApologyBanner</name>
    <message>
        <source>Sorry, something went wrong. We brought you back to the home screen.</source>
        <extracomment>This many exceptions within :data:`STORM_SECONDS` (the 20th in a minute): the kiosk exits (status 70) so that the supervisor starts a fresh one, rather than flashing the apology all day.</extracomment>
        <translation>Désolé, un problème est survenu. Nous vous avons ramené à l&apos;accueil.</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message numerus="yes">
        <source>Apprentice in a Master 2, aged %n</source>
        <translation>
            <numerusform>En Master 2 en apprentissage, à %n an</numerusform>
            <numerusform>En Master 2 en apprentissage, à %n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 par&#xa0;mois</translation>
    </message>
    <message>
        <source>minimum gross pay from %1 (%2 of the SMIC)</source>
        <translation>brut au minimum à partir de %1 (%2 du SMIC)</translation>
    </message>
    <message>
        <source>Founded in %1</source>
        <translation>Fondé en %1</translation>
    </message>
    <message>
        <source>From Bachelor to PhD</source>
        <translation>De la licence au doctorat</translation>
    </message>
    <message numerus="yes">
        <source>%n campus(es)</source>
        <translation>
            <numerusform>%n campus</numerusform>
            <numerusform>%n campus</numerusform>
        </translation>
    </message>
    <message>
        <source>Work-linked training since %1</source>
        <translation>L&apos;alternance depuis %1</translation>
    </message>
    <message numerus="yes">
        <source>%n work-linked programme(s)</source>
        <translation>
            <numerusform>%n formation en alternance</numerusform>
            <numerusform>%n formations en alternance</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 in the Eduniversal ranking</source>
        <translation>N° %1 du classement Eduniversal</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation>Touchez l&apos;écran pour commencer</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>The same person under each contract, minimum gross pay set by law. Totals over the same period for all: %1 to %2.</source>
        <translation>La même personne sous chaque contrat, salaire brut minimum fixé par la loi. Totaux sur la même période pour tous : du %1 au %2.</translation>
    </message>
    <message>
        <source>per month at the start</source>
        <translation>par mois au début</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Without / with the diploma asked about.</source>
        <translation>Sans / avec le diplôme demandé.</translation>
    </message>
    <message>
        <source>%1 in all over the whole contract</source>
        <translation>%1 au total sur tout le contrat</translation>
    </message>
</context>
<context>
    <name>ContractsScreen</name>
    <message>
        <source>Contracts and pay</source>
        <translation>Contrats et rémunération</translation>
    </message>
    <message>
        <source>Public employer</source>
        <translation>Employeur public</translation>
    </message>
    <message>
        <source>Private employer</source>
        <translation>Employeur privé</translation>
    </message>
    <message>
        <source>Who can sign</source>
        <translation>Qui peut signer</translation>
    </message>
    <message>
        <source>%1 per hour of presence, due beyond two months</source>
        <translation>%1 par heure de présence, due au-delà de deux mois</translation>
    </message>
    <message>
        <source>%1 to %2 of the SMIC, by age and year</source>
        <translation>de %1 à %2 du SMIC, selon l&apos;âge et l&apos;année</translation>
    </message>
    <message>
        <source>Four ways to combine study and work at the IMPGT, side by side. Tap one to simulate the minimum pay the law guarantees.</source>
        <translation>Quatre façons d&apos;associer études et travail à l&apos;IMPGT, côte à côte. Touchez-en une pour simuler la rémunération minimale garantie par la loi.</translation>
    </message>
    <message>
        <source>Minimum pay</source>
        <translation>Rémunération minimale</translation>
    </message>
    <message>
        <source>Training costs</source>
        <translation>Coût de la formation</translation>
    </message>
    <message>
        <source>For the student</source>
        <translation>Pour l&apos;étudiant</translation>
    </message>
    <message>
        <source>For the employer</source>
        <translation>Pour l&apos;employeur</translation>
    </message>
    <message>
        <source>More about it</source>
        <translation>En savoir plus</translation>
    </message>
    <message>
        <source>How pay works  ›</source>
        <translation>Comment est fixée la rémunération  ›</translation>
    </message>
    <message>
        <source>Simulate the pay  ›</source>
        <translation>Simuler la rémunération  ›</translation>
    </message>
    <message>
        <source>Why work-linked training: for the student</source>
        <translation>Pourquoi l&apos;alternance : pour l&apos;étudiant</translation>
    </message>
    <message>
        <source>Why work-linked training: for the employer</source>
        <translation>Pourquoi l&apos;alternance : pour l&apos;employeur</translation>
    </message>
</context>
<context>
    <name>CountdownOverlay</name>
    <message numerus="yes">
        <source>Otherwise the kiosk starts over for the next visitor in %n second(s).</source>
        <extracomment>What counts as a visitor being there: touches, clicks, drags, the wheel, keys.</extracomment>
        <translation>
            <numerusform>Sinon, la borne recommence pour le visiteur suivant dans %n seconde.</numerusform>
            <numerusform>Sinon, la borne recommence pour le visiteur suivant dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation>Toujours là ?</translation>
    </message>
    <message>
        <source>Touch the screen to continue</source>
        <translation>Touchez l&apos;écran pour continuer</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>FinderScreen</name>
    <message numerus="yes">
        <source>%n programme(s)</source>
        <translation>
            <numerusform>%n formation</numerusform>
            <numerusform>%n formations</numerusform>
        </translation>
    </message>
    <message>
        <source>Work-linked programmes</source>
        <translation>Formations en alternance</translation>
    </message>
    <message>
        <source>Campus</source>
        <translation>Campus</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Campus: %1</source>
        <translation>Campus : %1</translation>
    </message>
    <message>
        <source>Bachelor 3 (L3)</source>
        <translation>Licence 3 (L3)</translation>
    </message>
    <message>
        <source>Master 1 (M1)</source>
        <translation>Master 1 (M1)</translation>
    </message>
    <message>
        <source>Master 2 (M2)</source>
        <translation>Master 2 (M2)</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Niveau : %1</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>No programme matches these filters.</source>
        <translation>Aucune formation ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Matching programmes</source>
        <translation>Formations correspondantes</translation>
    </message>
</context>
<context>
    <name>FleetClient</name>
    <message>
        <source>This kiosk in the fleet: %1 (id %2)</source>
        <translation>Cette borne dans le parc : %1 (identifiant %2)</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>Catalogue version shown: %1</source>
        <translation>Version du catalogue affichée : %1</translation>
    </message>
    <message>
        <source>Last look for a new catalogue on %1: the server could not be used (%2).</source>
        <translation>Dernière recherche d&apos;un nouveau catalogue le %1 : le serveur n&apos;a pas pu être utilisé (%2).</translation>
    </message>
    <message>
        <source>Last look for a new catalogue on the server: %1.</source>
        <translation>Dernière recherche d&apos;un nouveau catalogue sur le serveur : %1.</translation>
    </message>
    <message numerus="yes">
        <source>Looks for a new catalogue every %n minute(s) on the attract screen.</source>
        <translation>
            <numerusform>Cherche un nouveau catalogue toutes les %n minute sur l&apos;écran d&apos;accueil animé.</numerusform>
            <numerusform>Cherche un nouveau catalogue toutes les %n minutes sur l&apos;écran d&apos;accueil animé.</numerusform>
        </translation>
    </message>
    <message>
        <source>The usage counts wait on this computer (nothing is lost): %1</source>
        <translation>Les compteurs d&apos;usage attendent sur cet ordinateur (rien n&apos;est perdu) : %1</translation>
    </message>
    <message>
        <source>Usage counts sent to the server on %1.</source>
        <translation>Compteurs d&apos;usage envoyés au serveur le %1.</translation>
    </message>
    <message>
        <source>The heartbeat could not be sent: %1</source>
        <translation>Le signal de présence n&apos;a pas pu être envoyé : %1</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>‹  Back</source>
        <translation>‹  Retour</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Français</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Grands caractères</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Welcome to the %1</source>
        <translation>Bienvenue à l&apos;%1</translation>
    </message>
    <message>
        <source>Simulate my pay</source>
        <translation>Simuler ma rémunération</translation>
    </message>
    <message>
        <source>Your age, your start date: the minimum pay the law guarantees, month by month.</source>
        <translation>Votre âge, votre date de début : la rémunération minimale garantie par la loi, mois par mois.</translation>
    </message>
    <message>
        <source>The four ways to combine study and work, side by side.</source>
        <translation>Les quatre façons d&apos;associer études et travail, côte à côte.</translation>
    </message>
    <message>
        <source>The institute</source>
        <translation>L&apos;institut</translation>
    </message>
    <message>
        <source>Our history since %1, our mission and the studies we offer, from Bachelor to PhD.</source>
        <translation>Notre histoire depuis %1, notre mission et nos formations, de la licence au doctorat.</translation>
    </message>
    <message>
        <source>Find a work-linked programme</source>
        <translation>Trouver une formation en alternance</translation>
    </message>
    <message>
        <source>Choose a campus and a level: see the programmes you can follow while working.</source>
        <translation>Choisissez un campus et un niveau : découvrez les formations à suivre en travaillant.</translation>
    </message>
    <message>
        <source>Contracts and pay</source>
        <translation>Contrats et rémunération</translation>
    </message>
    <message>
        <source>Touch a card to begin. Switch between French and English at the top right.</source>
        <translation>Touchez une carte pour commencer. Passez du français à l&apos;anglais en haut à droite.</translation>
    </message>
</context>
<context>
    <name>InputForm</name>
    <message>
        <source>Year and month of birth</source>
        <extracomment>The years a tap on &quot;−10&quot;/&quot;+10&quot; moves the year of birth: any year in a span of 21 in 6 taps or fewer.</extracomment>
        <translation>Année et mois de naissance</translation>
    </message>
    <message>
        <source>Is your birthday on %1 or earlier?</source>
        <translation>Votre anniversaire est-il le %1 ou avant ?</translation>
    </message>
    <message>
        <source>From %1, apprenticeship needs one of these situations</source>
        <translation>À partir de %1 ans, l&apos;apprentissage demande l&apos;une de ces situations</translation>
    </message>
    <message>
        <source>At %1: have you finished collège (year 10)?</source>
        <translation>À %1 ans : avez-vous terminé la classe de 3e ?</translation>
    </message>
    <message>
        <source>Start of the internship</source>
        <translation>Début du stage</translation>
    </message>
    <message>
        <source>Start of the contract</source>
        <translation>Début du contrat</translation>
    </message>
    <message>
        <source>First day of the internship</source>
        <translation>Premier jour du stage</translation>
    </message>
    <message>
        <source>First day of the contract</source>
        <translation>Premier jour du contrat</translation>
    </message>
    <message>
        <source>Length of the contract</source>
        <translation>Durée du contrat</translation>
    </message>
    <message>
        <source>The contract starts in this year of the training cycle</source>
        <translation>Le contrat commence dans cette année du cycle de formation</translation>
    </message>
    <message>
        <source>Length of the contract (months)</source>
        <translation>Durée du contrat (mois)</translation>
    </message>
    <message>
        <source>End of the internship</source>
        <translation>Fin du stage</translation>
    </message>
    <message>
        <source>Last day of the internship</source>
        <translation>Dernier jour du stage</translation>
    </message>
    <message>
        <source>Hours per day</source>
        <translation>Heures par jour</translation>
    </message>
    <message>
        <source>Days per week</source>
        <translation>Jours par semaine</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>Collective agreement minimum (optional)</source>
        <translation>Minimum conventionnel (facultatif)</translation>
    </message>
    <message>
        <source>Rate of the last year of a previous apprenticeship (optional)</source>
        <translation>Taux de la dernière année d&apos;un apprentissage précédent (facultatif)</translation>
    </message>
    <message>
        <source>When was the contract signed?</source>
        <translation>Quand le contrat a-t-il été signé ?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No, later</source>
        <translation>Non, après</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Année %1</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Aucune de ces situations</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>None (tap to enter)</source>
        <translation>Aucun (touchez pour saisir)</translation>
    </message>
</context>
<context>
    <name>InstituteScreen</name>
    <message>
        <source>The institute</source>
        <translation>L&apos;institut</translation>
    </message>
    <message>
        <source>Year the institute was founded</source>
        <translation>Année de création de l&apos;institut</translation>
    </message>
    <message>
        <source>UFR</source>
        <translation>UFR</translation>
    </message>
    <message>
        <source>Bachelor → PhD</source>
        <translation>Licence → Doctorat</translation>
    </message>
    <message>
        <source>Work-linked training offered since</source>
        <translation>Alternance proposée depuis</translation>
    </message>
    <message numerus="yes">
        <source>%n campus(es)</source>
        <translation>
            <numerusform>%n campus</numerusform>
            <numerusform>%n campus</numerusform>
        </translation>
    </message>
    <message>
        <source>Our mission</source>
        <translation>Notre mission</translation>
    </message>
    <message>
        <source>What public management means</source>
        <translation>Le management public</translation>
    </message>
    <message>
        <source>How we teach</source>
        <translation>Notre enseignement</translation>
    </message>
    <message>
        <source>Work-linked training</source>
        <translation>L&apos;alternance</translation>
    </message>
    <message>
        <source>See the work-linked programmes  ›</source>
        <translation>Voir les formations en alternance  ›</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
</context>
<context>
    <name>KioskShell</name>
    <message>
        <source>Settings saved.</source>
        <extracomment>After a reset, the wait before freed memory goes back to the system: time for the closed dialogs and replaced widgets to be deleted, and for the attract screen to paint.</extracomment>
        <translation>Réglages enregistrés.</translation>
    </message>
    <message>
        <source>The catalogue could not be reloaded: %1</source>
        <translation>Le catalogue n&apos;a pas pu être rechargé : %1</translation>
    </message>
    <message numerus="yes">
        <source>Catalogue reloaded: %n programme(s).</source>
        <translation>
            <numerusform>Catalogue rechargé : %n formation.</numerusform>
            <numerusform>Catalogue rechargé : %n formations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalogue read from the server %1.</source>
        <translation>Catalogue lu sur le serveur %1.</translation>
    </message>
    <message>
        <source>The catalogue server cannot be reached: showing the local copy of its last good catalogue.</source>
        <translation>Le serveur du catalogue est injoignable : la borne affiche la copie locale de son dernier bon catalogue.</translation>
    </message>
    <message>
        <source>Catalogue imported by staff on this computer.</source>
        <translation>Catalogue importé par l&apos;équipe sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The catalogue asked for cannot be used: showing the one shipped with the kiosk.</source>
        <translation>Le catalogue demandé est inutilisable : la borne affiche celui livré avec elle.</translation>
    </message>
    <message>
        <source>Catalogue shipped with this version of the kiosk.</source>
        <translation>Catalogue livré avec cette version de la borne.</translation>
    </message>
    <message>
        <source>IMPGT Kiosk, version %1</source>
        <translation>Borne IMPGT, version %1</translation>
    </message>
    <message numerus="yes">
        <source>Catalogue: %n programme(s)</source>
        <translation>
            <numerusform>Catalogue : %n formation</numerusform>
            <numerusform>Catalogue : %n formations</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalogue loaded on %1</source>
        <translation>Catalogue chargé le %1</translation>
    </message>
    <message>
        <source>Catalogue version %1, fetched from the server on %2.</source>
        <translation>Version %1 du catalogue, reçue du serveur le %2.</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>Fichier de réglages : %1</translation>
    </message>
    <message>
        <source>The settings could not be saved (%1): they hold until the kiosk stops.</source>
        <translation>Les réglages n&apos;ont pas pu être enregistrés (%1) : ils valent jusqu&apos;à l&apos;arrêt de la borne.</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Journal : %1</translation>
    </message>
    <message>
        <source>The data folder cannot be written (%1): the log goes to the error output, and settings, usage counts and saved summaries are not kept.</source>
        <translation>Le dossier de données n&apos;accepte pas l&apos;écriture (%1) : le journal part sur la sortie d&apos;erreur, et les réglages, les statistiques d&apos;usage et les récapitulatifs enregistrés ne sont pas conservés.</translation>
    </message>
    <message>
        <source>Mode: kiosk</source>
        <translation>Mode : kiosque</translation>
    </message>
    <message>
        <source>Mode: windowed</source>
        <translation>Mode : fenêtre</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>IMPGT – guidance kiosk</source>
        <translation>IMPGT – borne d&apos;orientation</translation>
    </message>
</context>
<context>
    <name>NumericPad</name>
    <message>
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>No amount</source>
        <translation>Aucun montant</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Valider</translation>
    </message>
</context>
<context>
    <name>PinPadOverlay</name>
    <message>
        <source>Staff access</source>
        <extracomment>A finger moves a little while held; more than this is a drag, not a long press.</extracomment>
        <translation>Accès du personnel</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n try(ies) left before the pad locks.</source>
        <translation>
            <numerusform>Code erroné. Encore %n essai avant le verrouillage du clavier.</numerusform>
            <numerusform>Code erroné. Encore %n essais avant le verrouillage du clavier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs: the pad is locked for %n minute(s).</source>
        <translation>
            <numerusform>Trop de codes erronés : le clavier est verrouillé pendant %n minute.</numerusform>
            <numerusform>Trop de codes erronés : le clavier est verrouillé pendant %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff PIN is set. On this computer, in the kiosk&apos;s folder, run:
python -m kiosk admin set-pin
then restart the kiosk.</source>
        <translation>Aucun code du personnel n&apos;est défini. Sur cet ordinateur, dans le dossier de la borne, lancez :
python -m kiosk admin set-pin
puis redémarrez la borne.</translation>
    </message>
    <message>
        <source>Enter the staff PIN.</source>
        <translation>Saisissez le code du personnel.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Valider</translation>
    </message>
</context>
<context>
    <name>ProgrammeCardDelegate</name>
    <message>
        <source>Eduniversal #%1</source>
        <extracomment>A title longer than this at the card&apos;s width ends with &quot;…&quot; (none of the catalogue&apos;s does at any supported size: the layout check would say so). The titles measured to size the cards: the longest, by characters (the longest in pixels is among them), so that a catalogue of 10,000 is not measured whole at each change. Font sizes, in reference pixels, relative to the list&apos;s font (the style sheet&apos;s body size, 19).</extracomment>
        <translation>Eduniversal : %1e</translation>
    </message>
</context>
<context>
    <name>ProgrammeListModel</name>
    <message>
        <source>%1 (with %2)</source>
        <translation>%1 (avec l&apos;%2)</translation>
    </message>
    <message>
        <source>Work-linked</source>
        <translation>Alternance</translation>
    </message>
    <message>
        <source>Standard or work-linked</source>
        <translation>Classique ou en alternance</translation>
    </message>
    <message>
        <source>Standard rhythm</source>
        <translation>Rythme classique</translation>
    </message>
    <message>
        <source>Eduniversal ranking: %1</source>
        <translation>Classement Eduniversal : %1e</translation>
    </message>
</context>
<context>
    <name>ProgrammeScreen</name>
    <message>
        <source>Take this programme home</source>
        <translation>Emportez cette formation</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Simulate my pay  ›</source>
        <translation>Simuler ma rémunération  ›</translation>
    </message>
    <message>
        <source>Take it home (QR, print)</source>
        <translation>Garder une copie (QR, impression)</translation>
    </message>
    <message>
        <source>Take this programme home: QR code or printed copy</source>
        <translation>Emporter cette formation : QR code ou copie imprimée</translation>
    </message>
    <message>
        <source>Campus: %1</source>
        <translation>Campus : %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>avec l&apos;%1</translation>
    </message>
    <message>
        <source>Standard rhythm</source>
        <translation>Rythme classique</translation>
    </message>
    <message>
        <source>Work-linked</source>
        <translation>Alternance</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>Rhythm · work-linked since %1</source>
        <translation>Rythme · en alternance depuis %1</translation>
    </message>
    <message>
        <source>Initial training</source>
        <translation>Formation initiale</translation>
    </message>
    <message>
        <source>Continuing education</source>
        <translation>Formation continue</translation>
    </message>
    <message>
        <source>Open to</source>
        <translation>Ouverte en</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>%1e</translation>
    </message>
    <message>
        <source>in the Eduniversal ranking</source>
        <translation>au classement Eduniversal</translation>
    </message>
    <message numerus="yes">
        <source>%n contract type(s)</source>
        <translation>
            <numerusform>%n type de contrat</numerusform>
            <numerusform>%n types de contrat</numerusform>
        </translation>
    </message>
    <message>
        <source>About this programme</source>
        <translation>La formation</translation>
    </message>
    <message>
        <source>What it leads to</source>
        <translation>Et après ?</translation>
    </message>
    <message>
        <source>Your path</source>
        <translation>Votre parcours</translation>
    </message>
    <message>
        <source>Comes after: %1</source>
        <translation>Fait suite à : %1</translation>
    </message>
    <message>
        <source>Comes after</source>
        <translation>Fait suite à</translation>
    </message>
    <message>
        <source>Continue with</source>
        <translation>Se poursuit en</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Training contract</source>
        <translation>Contrat de formation</translation>
    </message>
    <message>
        <source>No legal scale</source>
        <translation>Pas de barème légal</translation>
    </message>
    <message>
        <source>No figure for these answers</source>
        <translation>Pas de montant pour ces réponses</translation>
    </message>
    <message>
        <source>Change your answers to see a figure.</source>
        <translation>Modifiez vos réponses pour obtenir un montant.</translation>
    </message>
    <message>
        <source>Minimum gross pay this month</source>
        <translation>Rémunération brute minimale ce mois-ci</translation>
    </message>
    <message>
        <source>Minimum gross pay per month at the start (%1)</source>
        <translation>Rémunération brute minimale par mois au début (%1)</translation>
    </message>
    <message>
        <source>%1 of %2, the base set by the collective agreement minimum</source>
        <translation>%1 de %2, la base fixée par le minimum conventionnel</translation>
    </message>
    <message>
        <source>%1 of the monthly SMIC (%2)</source>
        <translation>%1 du SMIC mensuel (%2)</translation>
    </message>
    <message>
        <source>%1 in all from %2 to %3</source>
        <translation>%1 au total du %2 au %3</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>%1 (%2) without the diploma asked about, %3 (%4) with it: answer the question about it.</source>
        <translation>%1 (%2) sans le diplôme demandé, %3 (%4) avec : répondez à la question.</translation>
    </message>
    <message>
        <source>About %1 net per month (estimate, not a legal figure)</source>
        <translation>Environ %1 net par mois (estimation, pas un chiffre légal)</translation>
    </message>
    <message>
        <source>Net pay: the employee&apos;s social contributions come off this gross amount.</source>
        <translation>Net : les cotisations salariales sont retirées de ce montant brut.</translation>
    </message>
    <message numerus="yes">
        <source>A month the contract covers in part is counted by calendar days (%1: %2 out of %n days); an employer may use another lawful method.</source>
        <translation>
            <numerusform>Un mois que le contrat ne couvre qu&apos;en partie est compté au prorata des jours calendaires (%1 : %2 jours sur %n) ; un employeur peut retenir une autre méthode légale.</numerusform>
            <numerusform>Un mois que le contrat ne couvre qu&apos;en partie est compté au prorata des jours calendaires (%1 : %2 jours sur %n) ; un employeur peut retenir une autre méthode légale.</numerusform>
        </translation>
    </message>
    <message>
        <source>Internship gratification</source>
        <translation>Gratification de stage</translation>
    </message>
    <message>
        <source>Minimum gratification in %1</source>
        <translation>Gratification minimale en %1</translation>
    </message>
    <message>
        <source>%1 per hour of presence · %2 in all over the internship</source>
        <translation>%1 par heure de présence · %2 au total sur le stage</translation>
    </message>
    <message>
        <source>Take it home</source>
        <translation>Garder une copie</translation>
    </message>
    <message>
        <source>Take this simulation home: QR code or printed copy</source>
        <translation>Emporter cette simulation : QR code ou copie imprimée</translation>
    </message>
    <message>
        <source>Minimum pay, month by month</source>
        <translation>Rémunération minimale, mois par mois</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Mois par mois</translation>
    </message>
    <message>
        <source>Compare contracts</source>
        <translation>Comparer les contrats</translation>
    </message>
    <message>
        <source>ℹ  Sources</source>
        <translation>ℹ  Sources</translation>
    </message>
    <message>
        <source>Sources of these figures</source>
        <translation>Sources de ces chiffres</translation>
    </message>
</context>
<context>
    <name>ScheduleTableModel</name>
    <message>
        <source>new contract</source>
        <translation>nouveau contrat</translation>
    </message>
    <message>
        <source>new contract year</source>
        <translation>nouvelle année de contrat</translation>
    </message>
    <message>
        <source>new age bracket</source>
        <translation>nouvelle tranche d&apos;âge</translation>
    </message>
    <message>
        <source>new SMIC</source>
        <translation>nouveau SMIC</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>% of SMIC</source>
        <translation>% du SMIC</translation>
    </message>
    <message>
        <source>% of the base</source>
        <translation>% de la base</translation>
    </message>
    <message>
        <source>Monthly SMIC</source>
        <translation>SMIC mensuel</translation>
    </message>
    <message>
        <source>Monthly base</source>
        <translation>Base mensuelle</translation>
    </message>
    <message>
        <source>Full-month minimum</source>
        <translation>Minimum du mois complet</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Gross due</source>
        <translation>Brut dû</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Net (estimate)</source>
        <translation>Net (estimation)</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Ce qui change</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Taux horaire</translation>
    </message>
</context>
<context>
    <name>SimulatorScreen</name>
    <message>
        <source>Collective agreement minimum (gross per month)</source>
        <extracomment>The contracts of the top chips, in order (the training contract has no scale: it explains why). The width the inputs take beside the result in landscape, in reference pixels (in portrait they take the whole width). No maximum width, in reference pixels (far below Qt&apos;s largest size at any scale of the metrics).</extracomment>
        <translation>Minimum conventionnel (brut mensuel)</translation>
    </message>
    <message>
        <source>Rate of the last year of your previous apprenticeship (% of the SMIC)</source>
        <translation>Taux de la dernière année de votre apprentissage précédent (% du SMIC)</translation>
    </message>
    <message>
        <source>No previous contract</source>
        <translation>Pas de contrat précédent</translation>
    </message>
    <message>
        <source>Pay simulator</source>
        <translation>Simulateur de rémunération</translation>
    </message>
    <message>
        <source>Simulation for: %1</source>
        <translation>Simulation pour : %1</translation>
    </message>
    <message>
        <source>Training contract</source>
        <translation>Contrat de formation</translation>
    </message>
    <message>
        <source>Sources of these figures</source>
        <translation>Sources de ces chiffres</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Take this simulation home</source>
        <translation>Emportez cette simulation</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>Apprentissage</translation>
    </message>
    <message>
        <source>Professionalisation</source>
        <translation>Professionnalisation</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Stage</translation>
    </message>
</context>
<context>
    <name>StaffMenuOverlay</name>
    <message>
        <source>Staff menu</source>
        <translation>Menu du personnel</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Revenir à la borne</translation>
    </message>
    <message>
        <source>Reload the catalogue</source>
        <translation>Recharger le catalogue</translation>
    </message>
    <message>
        <source>Switch to windowed mode</source>
        <translation>Passer en mode fenêtre</translation>
    </message>
    <message>
        <source>Switch to kiosk mode</source>
        <translation>Passer en mode kiosque</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Kiosks of the fair</source>
        <translation>Les bornes du salon</translation>
    </message>
    <message>
        <source>Quit the kiosk</source>
        <translation>Quitter la borne</translation>
    </message>
    <message>
        <source>Start over after this many seconds without a touch</source>
        <translation>Recommencer après ce nombre de secondes sans contact</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Language at start and after each reset</source>
        <translation>Langue au démarrage et après chaque remise à zéro</translation>
    </message>
    <message>
        <source>Mouse cursor in kiosk mode</source>
        <translation>Pointeur de la souris en mode kiosque</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Masqué</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Visible</translation>
    </message>
    <message>
        <source>With a server, look for a new catalogue on the attract screen every</source>
        <translation>Avec un serveur, chercher un nouveau catalogue sur l&apos;écran d&apos;accueil animé toutes les</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message numerus="yes">
        <source>%n screen(s) opened</source>
        <translation>
            <numerusform>%n écran ouvert</numerusform>
            <numerusform>%n écrans ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n programme(s) viewed</source>
        <translation>
            <numerusform>%n formation consultée</numerusform>
            <numerusform>%n formations consultées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filter(s) used</source>
        <translation>
            <numerusform>%n filtre utilisé</numerusform>
            <numerusform>%n filtres utilisés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n simulation(s)</source>
        <translation>
            <numerusform>%n simulation</numerusform>
            <numerusform>%n simulations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n language switch(es)</source>
        <translation>
            <numerusform>%n changement de langue</numerusform>
            <numerusform>%n changements de langue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idle reset(s)</source>
        <translation>
            <numerusform>%n remise à zéro</numerusform>
            <numerusform>%n remises à zéro</numerusform>
        </translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Aujourd&apos;hui : %1</translation>
    </message>
    <message>
        <source>Reading the kiosks from the server…</source>
        <translation>Lecture des bornes sur le serveur…</translation>
    </message>
    <message>
        <source>The list of kiosks could not be read: %1</source>
        <translation>La liste des bornes n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>No kiosk has sent news to the server yet.</source>
        <translation>Aucune borne n&apos;a encore donné de nouvelles au serveur.</translation>
    </message>
    <message numerus="yes">
        <source>%n kiosk(s) on the server</source>
        <translation>
            <numerusform>%n borne sur le serveur</numerusform>
            <numerusform>%n bornes sur le serveur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>%n sans nouvelles</numerusform>
            <numerusform>%n sans nouvelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute ago</source>
        <translation>il y a moins d&apos;une minute</translation>
    </message>
    <message>
        <source>STALE, last seen %1 (%2)</source>
        <translation>SANS NOUVELLES, vue pour la dernière fois %1 (%2)</translation>
    </message>
    <message>
        <source>last seen %1 (%2)</source>
        <translation>vue pour la dernière fois %1 (%2)</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>catalogue %1</source>
        <translation>catalogue %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) today</source>
        <translation>
            <numerusform>%n erreur aujourd&apos;hui</numerusform>
            <numerusform>%n erreurs aujourd&apos;hui</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>Less: %1</source>
        <translation>Moins : %1</translation>
    </message>
    <message>
        <source>More: %1</source>
        <translation>Plus : %1</translation>
    </message>
</context>
<context>
    <name>SummaryPages</name>
    <message>
        <source>Printed on %1 at the IMPGT kiosk</source>
        <extracomment>Base font sizes tried, in points, largest first, until the page holds everything. The folder of the application data location where summaries go when nothing prints them. The saved summaries kept in the folder: the oldest go when a new one is saved.</extracomment>
        <translation>Imprimé le %1 à la borne de l&apos;IMPGT</translation>
    </message>
    <message>
        <source>IMPGT – Aix-Marseille University</source>
        <translation>IMPGT – Aix-Marseille Université</translation>
    </message>
    <message>
        <source>Scan to keep it</source>
        <translation>Scannez pour le garder</translation>
    </message>
    <message>
        <source>Standard rhythm</source>
        <translation>Rythme classique</translation>
    </message>
    <message>
        <source>Work-linked</source>
        <translation>Alternance</translation>
    </message>
    <message>
        <source>Initial training</source>
        <translation>Formation initiale</translation>
    </message>
    <message>
        <source>Continuing education</source>
        <translation>Formation continue</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>Open to</source>
        <translation>Ouverte en</translation>
    </message>
    <message>
        <source>Eduniversal ranking</source>
        <translation>Classement Eduniversal</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>%1e</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <source>About this programme</source>
        <translation>La formation</translation>
    </message>
    <message>
        <source>What it leads to</source>
        <translation>Et après ?</translation>
    </message>
    <message>
        <source>Comes after: %1</source>
        <translation>Fait suite à : %1</translation>
    </message>
    <message>
        <source>Continue with: %1</source>
        <translation>Poursuivre avec : %1</translation>
    </message>
    <message>
        <source>Your path</source>
        <translation>Votre parcours</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Source: the IMPGT programme catalogue shown at the kiosk.</source>
        <translation>Source : le catalogue des formations de l&apos;IMPGT présenté à la borne.</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>formation</translation>
    </message>
    <message>
        <source>Campus: %1</source>
        <translation>Campus : %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>avec l&apos;%1</translation>
    </message>
    <message>
        <source>Your minimum pay</source>
        <translation>Votre rémunération minimale</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>Year of the cycle</source>
        <translation>Année du cycle</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Année %1</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>No figure for these answers</source>
        <translation>Pas de montant pour ces réponses</translation>
    </message>
    <message>
        <source>Internship gratification</source>
        <translation>Gratification de stage</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Bon à savoir</translation>
    </message>
    <message>
        <source>Legal figures in force from %1 (latest SMIC used).</source>
        <translation>Chiffres légaux en vigueur le %1 (dernier SMIC utilisé).</translation>
    </message>
    <message>
        <source>Sources of these figures</source>
        <translation>Sources de ces chiffres</translation>
    </message>
    <message>
        <source>The minimum set by law: an employer or a collective agreement may pay more. Net amounts are estimates, not legal figures. Nothing you typed about yourself is kept by the kiosk.</source>
        <translation>Minimum fixé par la loi : un employeur ou une convention collective peut verser davantage. Les montants nets sont des estimations, pas des chiffres légaux. La borne ne conserve rien de ce que vous avez saisi sur vous.</translation>
    </message>
    <message>
        <source>simulation</source>
        <translation>simulation</translation>
    </message>
    <message>
        <source>%1 days out of %2</source>
        <translation>%1 jours sur %2</translation>
    </message>
    <message>
        <source>Minimum gratification, month by month</source>
        <translation>Gratification minimale, mois par mois</translation>
    </message>
    <message>
        <source>Minimum gross pay due, month by month</source>
        <translation>Salaire brut minimum dû, mois par mois</translation>
    </message>
    <message>
        <source>Gross due per month</source>
        <translation>Brut dû par mois</translation>
    </message>
    <message>
        <source>%1 gross due in all</source>
        <translation>%1 brut dû au total</translation>
    </message>
    <message>
        <source>A month the contract covers in part is counted by calendar days; an employer may use another lawful method (working days, real hours), which changes it by a few euros.</source>
        <translation>Un mois que le contrat ne couvre qu&apos;en partie est compté au prorata des jours calendaires ; un employeur peut retenir une autre méthode légale (jours ouvrés, heures réelles), qui le change de quelques euros.</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Hours of presence</source>
        <translation>Heures de présence</translation>
    </message>
    <message>
        <source>Gross = net</source>
        <translation>Brut = net</translation>
    </message>
    <message>
        <source>% of the SMIC</source>
        <translation>% du SMIC</translation>
    </message>
    <message>
        <source>Net (estimate)</source>
        <translation>Net (estimation)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>TakeawayDialog</name>
    <message>
        <source>Printed on %1: take your copy from the printer.</source>
        <translation>Imprimé sur %1 : prenez votre copie à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Copy saved: no printer here, ask the staff to print it for you.</source>
        <translation>Copie enregistrée : pas d&apos;imprimante ici, demandez à l&apos;équipe de vous l&apos;imprimer.</translation>
    </message>
    <message>
        <source>The summary could not be printed or saved. Scan the code instead.</source>
        <translation>Le résumé n&apos;a pas pu être imprimé ni enregistré. Scannez plutôt le code.</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera: it opens the programme&apos;s web page.</source>
        <translation>Scannez le code avec l&apos;appareil photo de votre téléphone : il ouvre la page web de la formation.</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera: this text goes with you, no internet needed.</source>
        <translation>Scannez le code avec l&apos;appareil photo de votre téléphone : ce texte part avec vous, sans connexion internet.</translation>
    </message>
    <message>
        <source>QR code to scan</source>
        <translation>QR code à scanner</translation>
    </message>
    <message>
        <source>Print a copy</source>
        <translation>Imprimer une copie</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
</TS>
