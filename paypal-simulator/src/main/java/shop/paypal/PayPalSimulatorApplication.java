package shop.paypal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * A stand-alone fake of the part of PayPal's REST API that payment-service uses, for
 * local runs, tests and benchmarks: PayPal's paths, JSON shapes and error bodies, an
 * approval page, and injectable faults.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PayPalSimulatorApplication {

	public static void main(String[] args) {
		SpringApplication.run(PayPalSimulatorApplication.class, args);
	}

}
