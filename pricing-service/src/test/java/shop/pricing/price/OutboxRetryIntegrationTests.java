package shop.pricing.price;

import java.time.Duration;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import shop.common.outbox.OutboxRelay;
import shop.common.outbox.OutboxStore;
import shop.pricing.PricingIntegrationTest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.moreThanOrExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class OutboxRetryIntegrationTests extends PricingIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	OutboxStore outbox;

	@Autowired
	OutboxRelay relay;

	@Test
	void keepsAChangeWhileTheCatalogIsDownAndDeliversItOnceItIsBack() throws Exception {
		UUID product = UUID.randomUUID();
		catalogKnows(product, true);
		catalog
			.stubFor(WireMock.post(urlEqualTo("/internal/read-model/prices")).willReturn(aResponse().withStatus(503)));
		this.mvc
			.perform(put("/api/admin/products/" + product + "/price").header("Authorization", this.admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"amount\":\"42.00\",\"currency\":\"USD\"}"))
			.andExpect(status().isOk());
		assertThat(this.outbox.findAll()).singleElement()
			.satisfies((message) -> assertThat(message.attempts()).isZero());
		assertThat(this.relay.relayDue()).isOne();
		assertThat(this.outbox.findAll()).singleElement().satisfies((message) -> {
			assertThat(message.attempts()).isEqualTo(1);
			assertThat(message.lastError()).contains("503");
		});

		catalog
			.stubFor(WireMock.post(urlEqualTo("/internal/read-model/prices")).willReturn(aResponse().withStatus(204)));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			this.relay.relayDue();
			assertThat(this.outbox.count()).isZero();
		});
		catalog.verify(moreThanOrExactly(2),
				postRequestedFor(urlEqualTo("/internal/read-model/prices"))
					.withRequestBody(matchingJsonPath("$.changes[0].productId", equalTo(product.toString())))
					.withRequestBody(matchingJsonPath("$.changes[0].amount", equalTo("42.00"))));
	}

}
