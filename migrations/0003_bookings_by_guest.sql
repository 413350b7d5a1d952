-- fct_user_daily_activity asks, for every search, whether the same user booked afterwards: look
-- bookings up by guest and time instead of scanning them.
CREATE INDEX bookings_guest_created ON app.bookings (guest_id, created_at);
