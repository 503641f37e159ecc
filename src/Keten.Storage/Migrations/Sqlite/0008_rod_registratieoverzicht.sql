-- The registratieoverzicht reads one instelling's enrolment versions in person order, also as known at an earlier
-- moment (versions since replaced): rod_inschrijving_huidig covers only the current versions.
CREATE INDEX rod_inschrijving_brin_persoon ON rod_inschrijving (brin, persoon_soort, persoon, volgnummer, geregistreerd_van);
