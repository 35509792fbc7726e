-- Who is finding or creating a line item's LMS column right now (docs/grades.md, "Columns"): a node claims the
-- row before its lookup and create calls, so two nodes sending the first scores of a new column at once cannot
-- both create it. creating_until is the claim's lease: a node that dies while creating frees it when it runs out.
-- SQL for both H2 2.x and PostgreSQL 14+.
ALTER TABLE line_item ADD COLUMN creating_by VARCHAR(128);
ALTER TABLE line_item ADD COLUMN creating_until TIMESTAMP WITH TIME ZONE;
