package shop.logs.probe;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import shop.common.web.ShopException;
import shop.logs.store.LogObjectStore;

/**
 * Proves the object store works end to end: a probe object is written, read back,
 * compared and deleted.
 */
@Service
public class StoreProbe {

	private final LogObjectStore store;

	StoreProbe(LogObjectStore store) {
		this.store = store;
	}

	/**
	 * @throws ShopException 503 {@code LOG_STORE_DOWN} when any step fails
	 */
	public Result probe() {
		long started = System.nanoTime();
		String key = "probe/" + UUID.randomUUID() + ".txt";
		byte[] content = ("probe " + key).getBytes(StandardCharsets.UTF_8);
		try {
			this.store.put(key, content);
			byte[] read = this.store.get(key);
			this.store.delete(key);
			if (!Arrays.equals(content, read)) {
				throw down("The probe object read back differs from the one written");
			}
		}
		catch (RuntimeException ex) {
			if (ex instanceof ShopException shop) {
				throw shop;
			}
			throw down("The log store failed the probe: " + ex.getMessage());
		}
		return new Result("UP", this.store.kind(), (System.nanoTime() - started) / 1_000_000);
	}

	private static ShopException down(String detail) {
		return new ShopException(HttpStatus.SERVICE_UNAVAILABLE, "LOG_STORE_DOWN", "Log store down", detail);
	}

	/**
	 * A passed probe.
	 *
	 * @param status {@code UP}
	 * @param store the store's kind
	 * @param latencyMs how long write, read and delete took
	 */
	public record Result(String status, String store, long latencyMs) {

	}

}
