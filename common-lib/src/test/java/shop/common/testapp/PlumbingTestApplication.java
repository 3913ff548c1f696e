package shop.common.testapp;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import shop.common.security.internal.InternalApi;
import shop.common.security.jwt.CurrentUser;
import shop.common.web.PageQuery;
import shop.common.web.ShopException;

/**
 * A minimal service that exercises the plumbing, as a real service would use it.
 */
@SpringBootApplication
public class PlumbingTestApplication {

	record CreateThing(@NotBlank String name, @Min(1) int quantity) {
	}

	@RestController
	static class ThingController {

		@PostMapping("/api/things")
		Map<String, Object> create(@Valid @RequestBody CreateThing thing) {
			return Map.of("name", thing.name(), "quantity", thing.quantity());
		}

		@GetMapping("/api/things/{id}")
		Map<String, Object> get(@PathVariable UUID id) {
			throw ShopException.notFound("Thing", id);
		}

		@GetMapping("/api/things")
		PageQuery list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
			return PageQuery.of(page, size);
		}

		@PostMapping("/api/things/{id}/reserve")
		void reserve(@PathVariable UUID id) {
			throw ShopException.conflict("OUT_OF_STOCK", "Out of stock", "Only 3 left").with("available", 3);
		}

		@GetMapping("/api/me")
		Map<String, Object> me(@CurrentUser UUID userId) {
			return Map.of("userId", userId);
		}

		@GetMapping("/api/admin/things")
		Map<String, Object> admin() {
			return Map.of("ok", true);
		}

		@GetMapping("/api/public/ping")
		Map<String, Object> ping() {
			return Map.of("pong", true);
		}

		@GetMapping("/api/downstream")
		void downstream() {
			throw new shop.common.feign.RemoteServiceUnavailableException("Payments#capture", 502);
		}

		@GetMapping("/api/boom")
		void boom() {
			throw new IllegalStateException("secret internals");
		}

	}

	@RestController
	static class InternalController {

		@PostMapping("/internal/payments/capture")
		@InternalApi(callers = "orders-service")
		Map<String, Object> capture() {
			return Map.of("captured", true);
		}

		@GetMapping("/internal/forgotten")
		Map<String, Object> forgotten() {
			throw new ShopException(HttpStatus.I_AM_A_TEAPOT, "NEVER", "never", "never reached");
		}

	}

}
