-- WS-Security replay protection (docs/toegang.md, "M2M: certificates and WS-Security"): one row per signed SOAP
-- request accepted, keyed by the sender's OIN and its wsa:MessageID, kept until its Timestamp can no longer pass.
-- The primary key makes the check atomic across processes: the second insert of a key fails.
CREATE TABLE m2m_ontvangen_bericht (
    sleutel TEXT NOT NULL PRIMARY KEY,
    bewaren_tot INTEGER NOT NULL
);
CREATE INDEX m2m_ontvangen_bericht_bewaren_tot ON m2m_ontvangen_bericht (bewaren_tot);
