package shop.common.logging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Batches waiting on disk for log-service, one file per batch (the request body as it
 * will be sent), oldest first. Bounded: a batch that would take the spool over its size
 * is refused, and the caller counts its events as dropped. Files left by an earlier run
 * of the same service are delivered by the next one.
 */
class LogSpool {

	private static final String SUFFIX = ".json";

	private final Path directory;

	private final long maxBytes;

	private final AtomicLong sequence = new AtomicLong();

	private long bytes;

	private int count;

	LogSpool(Path directory, long maxBytes) {
		this.directory = directory;
		this.maxBytes = maxBytes;
		try {
			Files.createDirectories(directory);
			for (Path file : files()) {
				this.bytes += Files.size(file);
				this.count++;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot use the log spool directory " + directory, ex);
		}
	}

	/**
	 * Keeps a batch on disk.
	 * @return {@code false} when the spool is full or the disk refused it
	 */
	synchronized boolean add(byte[] batch, int events) {
		if (this.bytes + batch.length > this.maxBytes) {
			return false;
		}
		String name = String.format("%015d-%09d-%d", System.currentTimeMillis(), this.sequence.incrementAndGet(),
				events);
		Path temporary = this.directory.resolve(name + ".tmp");
		try {
			Files.write(temporary, batch);
			Files.move(temporary, this.directory.resolve(name + SUFFIX), StandardCopyOption.ATOMIC_MOVE);
			this.bytes += batch.length;
			this.count++;
			return true;
		}
		catch (IOException ex) {
			try {
				Files.deleteIfExists(temporary);
			}
			catch (IOException ignored) {
				// nothing more to do: the batch is reported as not spooled
			}
			return false;
		}
	}

	/**
	 * The spooled batches, oldest first.
	 */
	synchronized List<Path> files() {
		List<Path> files = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(this.directory, "*" + SUFFIX)) {
			stream.forEach(files::add);
		}
		catch (IOException ex) {
			return List.of();
		}
		files.sort(null);
		return files;
	}

	byte[] read(Path file) throws IOException {
		return Files.readAllBytes(file);
	}

	synchronized void remove(Path file) {
		try {
			long size = Files.size(file);
			Files.delete(file);
			this.bytes -= size;
			this.count--;
		}
		catch (IOException ex) {
			// already gone
		}
	}

	synchronized boolean isEmpty() {
		return this.count == 0;
	}

	/**
	 * How many events a spooled batch holds, from its name.
	 */
	static int events(Path file) {
		String name = file.getFileName().toString();
		String stem = name.substring(0, name.length() - SUFFIX.length());
		try {
			return Integer.parseInt(stem.substring(stem.lastIndexOf('-') + 1));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	synchronized long bytes() {
		return this.bytes;
	}

	Path directory() {
		return this.directory;
	}

}
