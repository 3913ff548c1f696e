package shop.gateway.management;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import shop.gateway.GatewayIntegrationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's actuator is on the management port; the public port answers only the
 * health the probes and health-service use.
 */
class ManagementPortIntegrationTests extends GatewayIntegrationTestSupport {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	ApplicationContext context;

	@Test
	void listensForTheActuatorOnAPortOfItsOwn() {
		assertThat(this.managementPort).isPositive().isNotEqualTo(this.port);
	}

	@Test
	void answersMetricsAndInfoOnlyOnTheManagementPort() {
		for (String path : new String[] { "/actuator/prometheus", "/actuator/info", "/actuator", "/actuator/env",
				"/actuator/health/db" }) {
			this.client.get()
				.uri(path)
				.exchange()
				.expectStatus()
				.isNotFound()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody(String.class)
				.value((body) -> assertThat(body).doesNotContain("jvm_").doesNotContain("propertySources"));
		}
		management().get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((metrics) -> assertThat(metrics).contains("jvm_info{").contains("application=\"gateway\""));
		management().get().uri("/actuator/info").exchange().expectStatus().isOk();
	}

	@Test
	void answersItsHealthAndProbesOnThePublicPort() {
		for (String path : new String[] { "/actuator/health", "/actuator/health/liveness",
				"/actuator/health/readiness" }) {
			this.client.get()
				.uri(path)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("UP")
				.jsonPath("$.components")
				.doesNotExist();
			management().get()
				.uri(path)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("UP");
		}
	}

	@Test
	void answersAGatewayThatRefusesTrafficWith503OnThePublicPort() {
		AvailabilityChangeEvent.publish(this.context, ReadinessState.REFUSING_TRAFFIC);
		try {
			this.client.get()
				.uri("/actuator/health/readiness")
				.exchange()
				.expectStatus()
				.isEqualTo(503)
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("OUT_OF_SERVICE");
			this.client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
		}
		finally {
			AvailabilityChangeEvent.publish(this.context, ReadinessState.ACCEPTING_TRAFFIC);
		}
		this.client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
	}

	private WebTestClient management() {
		return WebTestClient.bindToServer().baseUrl("http://localhost:" + this.managementPort).build();
	}

}
