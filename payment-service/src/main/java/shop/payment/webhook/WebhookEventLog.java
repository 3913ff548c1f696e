package shop.payment.webhook;

import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The events already processed, by PayPal's event id; inserting one that is there already
 * inserts nothing, which is how a redelivery is recognised, also when two deliveries
 * race.
 */
@Repository
class WebhookEventLog {

	private final JdbcTemplate jdbc;

	WebhookEventLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Notes an event as received.
	 * @return false when it was received before
	 */
	boolean firstTime(String eventId, String eventType, Instant now) {
		return this.jdbc.update("""
				insert into payment.webhook_events (event_id, event_type, outcome, received_at)
				values (?, ?, 'RECEIVED', ?) on conflict (event_id) do nothing""", eventId, eventType,
				java.sql.Timestamp.from(now)) == 1;
	}

	void outcome(String eventId, String outcome) {
		this.jdbc.update("update payment.webhook_events set outcome = ? where event_id = ?", outcome, eventId);
	}

}
