package dev.aside.rest.cluster;

import java.util.List;

/**
 * The cluster as one member sees it now: its name and every live member with its latest figures.
 *
 * @param name the cluster's name
 * @param members the live members, this one marked {@code local}
 */
public record ClusterView(String name, List<MemberView> members) {

    public ClusterView {
        members = List.copyOf(members);
    }

    /** What {@code /health} says of the cluster: its name and how many members it has. */
    public Health health() {
        return new Health(name, members.size());
    }

    public record Health(String name, int members) {}

    /**
     * One member and the figures it last published (-1 until its first report arrives).
     *
     * @param uuid Hazelcast's id of the member
     * @param address the member-to-member {@code host:port}
     * @param restUrl where it answers HTTP
     * @param local true for the member this view was taken on
     */
    public record MemberView(String uuid, String address, String restUrl, boolean local, long memoryUsedBytes,
            long memoryLimitBytes, long items, long memoryItems) {}
}
