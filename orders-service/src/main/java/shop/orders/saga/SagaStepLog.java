package shop.orders.saga;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One entry of a saga's log: an attempt of a step (its request, committed before the call
 * goes out, then its outcome) or an event of the saga (checkout, confirmation or
 * cancellation requested, approval expired).
 */
@Entity
@Table(name = "saga_step_log")
public class SagaStepLog {

	/** The step's call is out; its outcome is not known yet. */
	public static final String IN_FLIGHT = "IN_FLIGHT";

	/** An event of the saga rather than a call. */
	public static final String NOTED = "NOTED";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private UUID orderId;

	@Column(nullable = false)
	private String step;

	private int attempt;

	private String idempotencyKey;

	private String executor;

	@JdbcTypeCode(SqlTypes.JSON)
	private String request;

	@Column(nullable = false)
	private String outcome;

	private String detail;

	@Column(nullable = false)
	private Instant startedAt;

	private Instant finishedAt;

	protected SagaStepLog() {
	}

	static SagaStepLog started(UUID orderId, SagaStep step, int attempt, String executor, String requestJson,
			Instant now) {
		SagaStepLog entry = new SagaStepLog();
		entry.orderId = orderId;
		entry.step = step.name();
		entry.attempt = attempt;
		entry.idempotencyKey = step.idempotencyKey(orderId);
		entry.executor = executor;
		entry.request = requestJson;
		entry.outcome = IN_FLIGHT;
		entry.startedAt = now;
		return entry;
	}

	static SagaStepLog noted(UUID orderId, String event, String detail, Instant now) {
		SagaStepLog entry = new SagaStepLog();
		entry.orderId = orderId;
		entry.step = event;
		entry.outcome = NOTED;
		entry.detail = truncate(detail);
		entry.startedAt = now;
		entry.finishedAt = now;
		return entry;
	}

	void finish(String result, String resultDetail, Instant now) {
		this.outcome = result;
		this.detail = truncate(resultDetail);
		this.finishedAt = now;
	}

	private static String truncate(String text) {
		return (text != null && text.length() > 1000) ? text.substring(0, 1000) : text;
	}

	public Long id() {
		return this.id;
	}

	public UUID orderId() {
		return this.orderId;
	}

	public String step() {
		return this.step;
	}

	public int attempt() {
		return this.attempt;
	}

	public String idempotencyKey() {
		return this.idempotencyKey;
	}

	public String executor() {
		return this.executor;
	}

	public String request() {
		return this.request;
	}

	public String outcome() {
		return this.outcome;
	}

	public String detail() {
		return this.detail;
	}

	public Instant startedAt() {
		return this.startedAt;
	}

	public Instant finishedAt() {
		return this.finishedAt;
	}

}
