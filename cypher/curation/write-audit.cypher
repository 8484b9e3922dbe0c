// One entry of the audit trail: who changed what, when, before and after, on which citation.
CREATE (a:AuditEntry)
SET a = $entry, a.at = toString(datetime())
RETURN properties(a) AS props
