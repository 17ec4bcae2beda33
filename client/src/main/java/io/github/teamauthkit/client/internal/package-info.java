/**
 * Not public API: the client's transport, retries, credentials lookup and redaction, used by the
 * generated resources. Anything here may change in any release; depend on
 * {@link io.github.teamauthkit.client.TeamAuthClient} and the resources it returns instead.
 */
package io.github.teamauthkit.client.internal;
