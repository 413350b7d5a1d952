-- Views that dashboards read. Re-applied whenever this file changes or a rebuild replaces a table.
CREATE OR REPLACE VIEW warehouse.v_daily_funnel AS
SELECT d.date, f.country, f.searchers, f.viewers, f.contacters, f.bookers,
       round(100.0 * f.bookers / nullif(f.searchers, 0), 2) AS search_to_book_pct
FROM warehouse.fct_daily_funnel f
JOIN warehouse.dim_date d ON d.date_key = f.date_key;
