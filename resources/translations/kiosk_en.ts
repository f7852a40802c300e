<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApologyBanner</name>
    <message>
        <source>Sorry, something went wrong. We brought you back to the home screen.</source>
        <extracomment>This many exceptions within :data:`STORM_SECONDS` (the 20th in a minute): the kiosk exits (status 70) so that the supervisor starts a fresh one, rather than flashing the apology all day.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message numerus="yes">
        <source>Apprentice in a Master 2, aged %n</source>
        <translation>
            <numerusform>Apprentice in a Master 2, aged %n</numerusform>
            <numerusform>Apprentice in a Master 2, aged %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 a&#xa0;month</translation>
    </message>
    <message>
        <source>minimum gross pay from %1 (%2 of the SMIC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Bachelor to PhD</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n campus(es)</source>
        <translation>
            <numerusform>%n campus</numerusform>
            <numerusform>%n campuses</numerusform>
        </translation>
    </message>
    <message>
        <source>Work-linked training since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n work-linked programme(s)</source>
        <translation>
            <numerusform>%n work-linked programme</numerusform>
            <numerusform>%n work-linked programmes</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 in the Eduniversal ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>The same person under each contract, minimum gross pay set by law. Totals over the same period for all: %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per month at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without / with the diploma asked about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in all over the whole contract</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractsScreen</name>
    <message>
        <source>Contracts and pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per hour of presence, due beyond two months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 of the SMIC, by age and year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four ways to combine study and work at the IMPGT, side by side. Tap one to simulate the minimum pay the law guarantees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How pay works  ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate the pay  ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why work-linked training: for the student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why work-linked training: for the employer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownOverlay</name>
    <message numerus="yes">
        <source>Otherwise the kiosk starts over for the next visitor in %n second(s).</source>
        <extracomment>What counts as a visitor being there: touches, clicks, drags, the wheel, keys.</extracomment>
        <translation>
            <numerusform>Otherwise the kiosk starts over for the next visitor in %n second.</numerusform>
            <numerusform>Otherwise the kiosk starts over for the next visitor in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch the screen to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinderScreen</name>
    <message numerus="yes">
        <source>%n programme(s)</source>
        <translation>
            <numerusform>%n programme</numerusform>
            <numerusform>%n programmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Work-linked programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campus: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bachelor 3 (L3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master 1 (M1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master 2 (M2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programme matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching programmes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetClient</name>
    <message>
        <source>This kiosk in the fleet: %1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue version shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last look for a new catalogue on %1: the server could not be used (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last look for a new catalogue on the server: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Looks for a new catalogue every %n minute(s) on the attract screen.</source>
        <translation>
            <numerusform>Looks for a new catalogue every minute on the attract screen.</numerusform>
            <numerusform>Looks for a new catalogue every %n minutes on the attract screen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The usage counts wait on this computer (nothing is lost): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage counts sent to the server on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The heartbeat could not be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>‹  Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Français</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate my pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your age, your start date: the minimum pay the law guarantees, month by month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The four ways to combine study and work, side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The institute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our history since %1, our mission and the studies we offer, from Bachelor to PhD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a work-linked programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a campus and a level: see the programmes you can follow while working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts and pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch a card to begin. Switch between French and English at the top right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputForm</name>
    <message>
        <source>Year and month of birth</source>
        <extracomment>The years a tap on &quot;−10&quot;/&quot;+10&quot; moves the year of birth: any year in a span of 21 in 6 taps or fewer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is your birthday on %1 or earlier?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, apprenticeship needs one of these situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1: have you finished collège (year 10)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the internship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the internship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract starts in this year of the training cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the contract (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the internship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the internship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective agreement minimum (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate of the last year of a previous apprenticeship (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When was the contract signed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>None (tap to enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstituteScreen</name>
    <message>
        <source>The institute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year the institute was founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UFR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bachelor → PhD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work-linked training offered since</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n campus(es)</source>
        <translation>
            <numerusform>%n campus</numerusform>
            <numerusform>%n campuses</numerusform>
        </translation>
    </message>
    <message>
        <source>Our mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What public management means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we teach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work-linked training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the work-linked programmes  ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskShell</name>
    <message>
        <source>Settings saved.</source>
        <extracomment>After a reset, the wait before freed memory goes back to the system: time for the closed dialogs and replaced widgets to be deleted, and for the attract screen to paint.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue could not be reloaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Catalogue reloaded: %n programme(s).</source>
        <translation>
            <numerusform>Catalogue reloaded: %n programme.</numerusform>
            <numerusform>Catalogue reloaded: %n programmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalogue read from the server %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue server cannot be reached: showing the local copy of its last good catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue imported by staff on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue asked for cannot be used: showing the one shipped with the kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue shipped with this version of the kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMPGT Kiosk, version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Catalogue: %n programme(s)</source>
        <translation>
            <numerusform>Catalogue: %n programme</numerusform>
            <numerusform>Catalogue: %n programmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalogue loaded on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue version %1, fetched from the server on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved (%1): they hold until the kiosk stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder cannot be written (%1): the log goes to the error output, and settings, usage counts and saved summaries are not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode: kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode: windowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>IMPGT – guidance kiosk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumericPad</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPadOverlay</name>
    <message>
        <source>Staff access</source>
        <extracomment>A finger moves a little while held; more than this is a drag, not a long press.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n try(ies) left before the pad locks.</source>
        <translation>
            <numerusform>Wrong PIN. %n try left before the pad locks.</numerusform>
            <numerusform>Wrong PIN. %n tries left before the pad locks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs: the pad is locked for %n minute(s).</source>
        <translation>
            <numerusform>Too many wrong PINs: the pad is locked for %n minute.</numerusform>
            <numerusform>Too many wrong PINs: the pad is locked for %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff PIN is set. On this computer, in the kiosk&apos;s folder, run:
python -m kiosk admin set-pin
then restart the kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the staff PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeCardDelegate</name>
    <message>
        <source>Eduniversal #%1</source>
        <extracomment>A title longer than this at the card&apos;s width ends with &quot;…&quot; (none of the catalogue&apos;s does at any supported size: the layout check would say so). The titles measured to size the cards: the longest, by characters (the longest in pixels is among them), so that a catalogue of 10,000 is not measured whole at each change. Font sizes, in reference pixels, relative to the list&apos;s font (the style sheet&apos;s body size, 19).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeListModel</name>
    <message>
        <source>%1 (with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work-linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard or work-linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eduniversal ranking: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeScreen</name>
    <message>
        <source>Take this programme home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate my pay  ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it home (QR, print)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this programme home: QR code or printed copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campus: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work-linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rhythm · work-linked since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuing education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the Eduniversal ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contract type(s)</source>
        <translation>
            <numerusform>%n contract type</numerusform>
            <numerusform>%n contract types</numerusform>
        </translation>
    </message>
    <message>
        <source>About this programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it leads to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes after: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Training contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No legal scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figure for these answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your answers to see a figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum gross pay this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum gross pay per month at the start (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2, the base set by the collective agreement minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the monthly SMIC (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in all from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) without the diploma asked about, %3 (%4) with it: answer the question about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 net per month (estimate, not a legal figure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net pay: the employee&apos;s social contributions come off this gross amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A month the contract covers in part is counted by calendar days (%1: %2 out of %n days); an employer may use another lawful method.</source>
        <translation>
            <numerusform>A month the contract covers in part is counted by calendar days (%1: %2 out of %n day); an employer may use another lawful method.</numerusform>
            <numerusform>A month the contract covers in part is counted by calendar days (%1: %2 out of %n days); an employer may use another lawful method.</numerusform>
        </translation>
    </message>
    <message>
        <source>Internship gratification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum gratification in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per hour of presence · %2 in all over the internship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this simulation home: QR code or printed copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum pay, month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ℹ  Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources of these figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleTableModel</name>
    <message>
        <source>new contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new contract year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new age bracket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new SMIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of SMIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of the base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly SMIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-month minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulatorScreen</name>
    <message>
        <source>Collective agreement minimum (gross per month)</source>
        <extracomment>The contracts of the top chips, in order (the training contract has no scale: it explains why). The width the inputs take beside the result in landscape, in reference pixels (in portrait they take the whole width). No maximum width, in reference pixels (far below Qt&apos;s largest size at any scale of the metrics).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate of the last year of your previous apprenticeship (% of the SMIC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No previous contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources of these figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this simulation home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professionalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internship</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffMenuOverlay</name>
    <message>
        <source>Staff menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to windowed mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosks of the fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over after this many seconds without a touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language at start and after each reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mouse cursor in kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a server, look for a new catalogue on the attract screen every</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n screen(s) opened</source>
        <translation>
            <numerusform>%n screen opened</numerusform>
            <numerusform>%n screens opened</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n programme(s) viewed</source>
        <translation>
            <numerusform>%n programme viewed</numerusform>
            <numerusform>%n programmes viewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filter(s) used</source>
        <translation>
            <numerusform>%n filter used</numerusform>
            <numerusform>%n filters used</numerusform>
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
            <numerusform>%n language switch</numerusform>
            <numerusform>%n language switches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idle reset(s)</source>
        <translation>
            <numerusform>%n idle reset</numerusform>
            <numerusform>%n idle resets</numerusform>
        </translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the kiosks from the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of kiosks could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kiosk has sent news to the server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n kiosk(s) on the server</source>
        <translation>
            <numerusform>%n kiosk on the server</numerusform>
            <numerusform>%n kiosks on the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <translation>
            <numerusform>%n stale</numerusform>
            <numerusform>%n stale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STALE, last seen %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last seen %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalogue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) today</source>
        <translation>
            <numerusform>%n error today</numerusform>
            <numerusform>%n errors today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>Less: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPages</name>
    <message>
        <source>Printed on %1 at the IMPGT kiosk</source>
        <extracomment>Base font sizes tried, in points, largest first, until the page holds everything. The folder of the application data location where summaries go when nothing prints them. The saved summaries kept in the folder: the oldest go when a new one is saved.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMPGT – Aix-Marseille University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work-linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuing education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eduniversal ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it leads to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes after: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: the IMPGT programme catalogue shown at the kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campus: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your minimum pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Year of the cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figure for these answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internship gratification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal figures in force from %1 (latest SMIC used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources of these figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum set by law: an employer or a collective agreement may pay more. Net amounts are estimates, not legal figures. Nothing you typed about yourself is kept by the kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days out of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum gratification, month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum gross pay due, month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross due per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gross due in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A month the contract covers in part is counted by calendar days; an employer may use another lawful method (working days, real hours), which changes it by a few euros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross = net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of the SMIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakeawayDialog</name>
    <message>
        <source>Printed on %1: take your copy from the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved: no printer here, ask the staff to print it for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary could not be printed or saved. Scan the code instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera: it opens the programme&apos;s web page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera: this text goes with you, no internet needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
