-- A vote names the question and passages it is about by the /ask it was cast on: the log keeps
-- the asking's id and the ids of the passages its answer held.
ALTER TABLE question_log ADD COLUMN ask_id text, ADD COLUMN passages jsonb;
CREATE INDEX question_log_ask_id ON question_log (ask_id);
