package io.posestate.fleet;

import java.net.URI;

/** A running HTTP ingest endpoint; closing it stops it. */
@org.osgi.annotation.versioning.ProviderType
public interface IngestEndpoint extends AutoCloseable {

	/** The base address, e.g. {@code http://127.0.0.1:40123/}; messages go to {@code status/<vendor-id>} under it. */
	URI uri();

	@Override
	void close();
}
