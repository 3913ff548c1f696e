package shop.fulfillment.commit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The stock reduction of one order: {@code COMMITTED}, then at most once
 * {@code RESTORED}.
 */
@Entity
@Table(name = "stock_commits")
public class StockCommit {

	/**
	 * Where an order's stock stands.
	 */
	public enum Status {

		COMMITTED, RESTORED

	}

	@Id
	private UUID orderId;

	private UUID cartId;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Instant committedAt;

	private Instant restoredAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "stock_commit_lines", joinColumns = @JoinColumn(name = "order_id"))
	@OrderBy("productId")
	private List<CommittedLine> lines = new ArrayList<>();

	@Version
	private long version;

	protected StockCommit() {
	}

	void addLine(CommittedLine line) {
		if (this.status != Status.COMMITTED || line.quantity() <= 0) {
			throw new IllegalStateException("Only a fresh commit takes lines of at least one unit");
		}
		this.lines.add(line);
	}

	/**
	 * Marks the stock as put back.
	 * @return whether this call restored it (false when it already was)
	 */
	boolean restore(Instant now) {
		if (this.status == Status.RESTORED) {
			return false;
		}
		this.status = Status.RESTORED;
		this.restoredAt = now;
		return true;
	}

	public UUID orderId() {
		return this.orderId;
	}

	public UUID cartId() {
		return this.cartId;
	}

	public Status status() {
		return this.status;
	}

	public List<CommittedLine> lines() {
		return List.copyOf(this.lines);
	}

}
