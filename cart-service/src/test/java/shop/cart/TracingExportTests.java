package shop.cart;

import io.micrometer.registry.otlp.OtlpMeterRegistry;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.exporter.otlp.trace.OtlpGrpcSpanExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.otlp.OtlpMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.otlp.OtlpTracingAutoConfiguration;
import org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import shop.common.config.ShopDefaultsEnvironmentPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fleet's OTLP defaults (common-lib's {@code shop-defaults.yml}) with Boot's
 * OpenTelemetry set-up: nothing is sent anywhere unless a collector is configured.
 */
class TracingExportTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withInitializer((context) -> new ShopDefaultsEnvironmentPostProcessor()
			.postProcessEnvironment(context.getEnvironment(), new SpringApplication()))
		.withPropertyValues("spring.application.name=cart-service")
		.withConfiguration(AutoConfigurations.of(OpenTelemetrySdkAutoConfiguration.class,
				OpenTelemetryTracingAutoConfiguration.class, OtlpTracingAutoConfiguration.class,
				MetricsAutoConfiguration.class, OtlpMetricsExportAutoConfiguration.class));

	@Test
	void sendsNoSpansAndNoMetricsWithoutACollector() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(SpanExporter.class);
			assertThat(context).doesNotHaveBean(OtlpMeterRegistry.class);
		});
	}

	@Test
	void exportsSpansOverGrpcToTheCollectorOfOtelExporterOtlpEndpoint() {
		this.runner.withPropertyValues("OTEL_EXPORTER_OTLP_ENDPOINT=http://otel-collector:4317")
			.run((context) -> assertThat(context).hasSingleBean(OtlpGrpcSpanExporter.class)
				.doesNotHaveBean(OtlpMeterRegistry.class));
	}

	@Test
	void exportsSpansOverHttpWhenToldTo() {
		this.runner
			.withPropertyValues("management.opentelemetry.tracing.export.otlp.transport=http",
					"management.opentelemetry.tracing.export.otlp.endpoint=http://otel-collector:4318/v1/traces")
			.run((context) -> assertThat(context).hasSingleBean(OtlpHttpSpanExporter.class));
	}

	@Test
	void pushesMetricsOnlyWhenAskedTo() {
		this.runner
			.withPropertyValues("SHOP_OTLP_METRICS_ENABLED=true",
					"OTEL_EXPORTER_OTLP_METRICS_ENDPOINT=http://localhost:9/v1/metrics")
			.run((context) -> assertThat(context.getBean(OtlpMeterRegistry.class)).isNotNull());
	}

	@Test
	void samplesEveryTraceByDefault() {
		this.runner.run((context) -> assertThat(
				context.getEnvironment().getProperty("management.tracing.sampling.probability", Double.class))
			.isEqualTo(1.0));
	}

}
