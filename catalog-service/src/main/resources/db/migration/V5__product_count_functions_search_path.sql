-- The product_count trigger functions named their table without a schema, so they resolved
-- it through the search_path of whoever changed catalog.products: a session whose
-- search_path is not the catalog schema (an operator's psql, a data load) failed with
-- 'relation "product_count" does not exist'. Each function now keeps the search_path this
-- migration runs with, the catalog schema.
alter function product_count_inserted() set search_path from current;
alter function product_count_updated() set search_path from current;
alter function product_count_deleted() set search_path from current;
alter function product_count_truncated() set search_path from current;
