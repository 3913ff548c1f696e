package shop.orders.order;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import shop.common.crypto.DecryptionException;

/**
 * Seals the stored snapshots that hold personal data in plain text (orders written before
 * the snapshot was encrypted) or under an older key (after a key rotation), batch by
 * batch, each batch in a transaction that locks its rows ({@code FOR UPDATE SKIP
 * LOCKED}): safe with several instances, and it never waits for a checkout (an order that
 * is being changed is sealed by that change). Reads never wait for it:
 * {@link SnapshotCipher} opens both forms. Once a run finds nothing under an old key,
 * that key may leave the configuration.
 */
@Component
public class SnapshotResealing {

	private static final Logger log = LoggerFactory.getLogger(SnapshotResealing.class);

	private static final int BATCH = 100;

	private static final UUID FIRST = new UUID(0, 0);

	private final OrderRepository orders;

	private final SnapshotCipher cipher;

	private final TransactionTemplate transactions;

	SnapshotResealing(OrderRepository orders, SnapshotCipher cipher, TransactionTemplate transactions) {
		this.orders = orders;
		this.cipher = cipher;
		this.transactions = transactions;
	}

	/**
	 * Seals every stored snapshot that needs it, walking the orders once in id order.
	 * @return how many were sealed
	 */
	public int resealAll() {
		int sealed = 0;
		UUID after = FIRST;
		while (after != null) {
			UUID from = after;
			Batch batch = this.transactions.execute((status) -> resealAfter(from));
			sealed += (batch != null) ? batch.sealed() : 0;
			after = (batch != null) ? batch.last() : null;
		}
		if (sealed > 0) {
			log.info("Sealed the personal data of {} order snapshot(s) with the active key", sealed);
		}
		return sealed;
	}

	private Batch resealAfter(UUID after) {
		String prefix = this.cipher.activeKeyPrefix();
		List<OrderRepository.StoredSnapshot> due = this.orders.lockUnsealedSnapshots(after, prefix, prefix.length(),
				BATCH);
		int sealed = 0;
		for (OrderRepository.StoredSnapshot stored : due) {
			try {
				OrderSnapshot snapshot = this.cipher.open(stored.getId(), stored.getSnapshot());
				this.orders.storeSnapshot(stored.getId(), this.cipher.seal(stored.getId(), snapshot));
				sealed++;
			}
			catch (DecryptionException ex) {
				log.error("The snapshot of order {} cannot be opened and stays as it is: {}", stored.getId(),
						ex.getMessage());
			}
		}
		return new Batch(due.isEmpty() ? null : due.getLast().getId(), sealed);
	}

	private record Batch(UUID last, int sealed) {

	}

}
