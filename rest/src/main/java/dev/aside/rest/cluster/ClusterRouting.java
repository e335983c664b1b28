package dev.aside.rest.cluster;

import io.javalin.http.Context;

/**
 * Where a request about one path is answered. A single server answers everything itself; a member of
 * a cluster forwards a request to the member that holds the path, so data-local work (loads, pages,
 * formats, stats, functions on an item) runs where the data is.
 */
public interface ClusterRouting {

    /** A single server: every request is answered here. */
    ClusterRouting LOCAL = new ClusterRouting() {
        @Override
        public boolean forwardedToHolder(Context ctx, String path) {
            return false;
        }

        @Override
        public void awaitFunction(String name) {
            // one server: its own registry is the whole truth
        }
    };

    /**
     * Answers the request from the member that holds {@code path}, if that is another member.
     *
     * @param path the item's path as the caller gave it, or null for a request about no item
     * @return true when the answer was sent from another member; false when this member answers
     */
    boolean forwardedToHolder(Context ctx, String path);

    /** Makes a function deployed on another member callable here before it is called. */
    void awaitFunction(String name);
}
