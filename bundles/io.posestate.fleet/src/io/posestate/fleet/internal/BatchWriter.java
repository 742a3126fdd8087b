package io.posestate.fleet.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.posestate.fleet.FleetStore;

/**
 * Group commit: messages handed in by concurrent requests are written together, one transaction per batch, by one
 * thread; each request learns when its message is committed (or why it was not).
 */
final class BatchWriter implements AutoCloseable {
	static final int MAX_BATCH = 500;

	private record Job(FleetStore.Received message, CompletableFuture<Void> done) {
	}

	private final FleetStore store;
	private final BlockingQueue<Job> queue = new LinkedBlockingQueue<>();
	private final Thread thread;
	private final AtomicInteger batches = new AtomicInteger();
	private volatile boolean closed;

	BatchWriter(FleetStore store) {
		this.store = store;
		thread = new Thread(this::run, "fleet-batch-writer");
		thread.setDaemon(true);
		thread.start();
	}

	CompletableFuture<Void> submit(FleetStore.Received message) {
		CompletableFuture<Void> done = new CompletableFuture<>();
		if (closed) {
			done.completeExceptionally(new IllegalStateException("the ingest endpoint is closed"));
		} else {
			queue.add(new Job(message, done));
		}
		return done;
	}

	/** How many transactions were written so far. */
	int batches() {
		return batches.get();
	}

	private void run() {
		List<Job> jobs = new ArrayList<>();
		while (!closed || !queue.isEmpty()) {
			try {
				// polled, not interrupted: an interrupt would close H2's file channel mid-transaction
				Job first = queue.poll(100, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				jobs.add(first);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			queue.drainTo(jobs, MAX_BATCH - jobs.size());
			try {
				store.record(jobs.stream().map(Job::message).toList());
				batches.incrementAndGet();
				jobs.forEach(j -> j.done().complete(null));
			} catch (RuntimeException e) {
				jobs.forEach(j -> j.done().completeExceptionally(e));
			}
			jobs.clear();
		}
	}

	@Override
	public void close() {
		closed = true;
		try {
			thread.join(10_000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		Job left;
		while ((left = queue.poll()) != null) {
			left.done().completeExceptionally(new IllegalStateException("the ingest endpoint is closed"));
		}
	}
}
