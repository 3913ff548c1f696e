package shop.paypal.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import shop.paypal.SimulatorProperties;
import shop.paypal.api.PayPalError;

/**
 * The armed faults, taken one call at a time in the order they were armed.
 */
@Component
public class Faults {

	private final List<Fault> armed = new ArrayList<>();

	private final SimulatorProperties properties;

	Faults(SimulatorProperties properties) {
		this.properties = properties;
	}

	public synchronized void arm(Fault fault) {
		this.armed.add(fault);
	}

	public synchronized void clear() {
		this.armed.clear();
	}

	public synchronized List<Fault> armed() {
		return List.copyOf(this.armed);
	}

	/**
	 * The fault that hits this call of an operation, if one is armed; it then has one
	 * call fewer left.
	 */
	public synchronized Optional<Fault> take(Operation operation) {
		ListIterator<Fault> faults = this.armed.listIterator();
		while (faults.hasNext()) {
			Fault fault = faults.next();
			if (fault.operation() == operation) {
				if (fault.times() > 1) {
					faults.set(new Fault(fault.operation(), fault.mode(), fault.times() - 1, fault.delay()));
				}
				else {
					faults.remove();
				}
				return Optional.of(new Fault(fault.operation(), fault.mode(), 1, delayOf(fault)));
			}
		}
		return Optional.empty();
	}

	private Duration delayOf(Fault fault) {
		if (fault.delay() != null) {
			return fault.delay();
		}
		return (fault.mode() == FaultMode.APPROVE_LATE) ? this.properties.approveLateDelay()
				: this.properties.timeoutDelay();
	}

	/**
	 * Lets the armed fault, if any, hit a call that is about to run: {@code ERROR_500}
	 * and {@code DECLINE} fail it before anything changes, {@code TIMEOUT} lets it run
	 * and answers how long to hold its answer back.
	 * @param decline the error a declined call answers
	 * @return how long to hold the answer back
	 */
	public Duration strike(Operation operation, Supplier<PayPalError> decline) {
		Optional<Fault> fault = take(operation);
		if (fault.isEmpty()) {
			return Duration.ZERO;
		}
		return switch (fault.get().mode()) {
			case ERROR_500 -> throw PayPalError.internal();
			case DECLINE -> throw decline.get();
			case TIMEOUT -> fault.get().delay();
			case APPROVE_LATE -> Duration.ZERO;
		};
	}

}
