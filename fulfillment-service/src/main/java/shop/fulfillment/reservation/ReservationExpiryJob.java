package shop.fulfillment.reservation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Gives the stock of expired reservations back, batch by batch, on every instance (the
 * batches skip what other instances hold).
 */
@Component
class ReservationExpiryJob {

	private static final Logger log = LoggerFactory.getLogger(ReservationExpiryJob.class);

	private static final int BATCH = 100;

	private static final int MAX_BATCHES_PER_RUN = 50;

	private final ReservationService reservations;

	ReservationExpiryJob(ReservationService reservations) {
		this.reservations = reservations;
	}

	@Scheduled(fixedDelayString = "${shop.fulfillment.expiry-sweep-interval:15s}")
	void releaseExpired() {
		int released = 0;
		for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
			int count = this.reservations.releaseExpired(BATCH);
			released += count;
			if (count == 0) {
				break;
			}
		}
		if (released > 0) {
			log.info("Released {} expired reservation(s)", released);
		}
	}

}
