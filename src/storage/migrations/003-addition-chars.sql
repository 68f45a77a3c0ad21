-- Characters of text each addition gives the index (what the quotas count), so an add checks a
-- server's and all servers' characters in the record. Rows from before are counted by the next
-- add that checks the limits (the text is parsed in Node, not in SQL).
ALTER TABLE additions ADD COLUMN chars integer CHECK (chars >= 0);
