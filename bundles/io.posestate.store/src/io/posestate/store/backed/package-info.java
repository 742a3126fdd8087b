/**
 * Access to the open store underneath an object built on it, for trusted in-process callers that keep their own
 * schema area in the same store.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package io.posestate.store.backed;
