-- The statistics V3 created are empty until the table is analysed; autovacuum analyses on
-- row changes only, so a catalog that rarely changes would plan without them for days.
analyze products;
