/**
 * Database access for the estate store: where the database lives ({@link io.posestate.store.StoreLocation}),
 * a pooled connection source with transaction helpers ({@link io.posestate.store.Store}) and the versioned
 * schema migrations shipped in this bundle's {@code db/migration} folder.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package io.posestate.store;
