-- The address a List-Unsubscribe header points at (RFC 2369, one-click per RFC 8058), for
-- emails that have one (meeting emails). Cleared with the rest of a message once sent.
ALTER TABLE outbox ADD COLUMN unsubscribe_url TEXT;
