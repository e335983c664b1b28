package dev.aside.rest.cluster;

import dev.aside.engine.InvalidParameterException;
import java.util.List;

/**
 * How a server joins its team: the cluster's name, the port this member listens on for other
 * members, and where to find them (TCP/IP join; multicast is never used, since it leaves the machine).
 *
 * @param name the cluster's name; members with other names never join each other
 * @param port the member-to-member port on {@code bind}
 * @param members {@code host:port} of the members to join (this one may be among them)
 * @param bind the address the member listens on and advertises; the REST server's bind address unless
 *     that is the wildcard
 * @param awsTag {@code KEY=VALUE}: find the other members through Hazelcast's AWS discovery, as the EC2
 *     instances (or ECS tasks) carrying that tag, with the instance's own role; null to join the
 *     {@code members} over TCP/IP
 */
public record ClusterSettings(String name, int port, List<String> members, String bind, String awsTag) {

    /** Members joined over TCP/IP at {@code members}. */
    public ClusterSettings(String name, int port, List<String> members, String bind) {
        this(name, port, members, bind, null);
    }

    /** Hazelcast's own default member port, so a team started by hand needs no port at all. */
    public static final int DEFAULT_PORT = 5701;

    /**
     * @throws InvalidParameterException when the name is blank, the port out of range or a member not
     *     {@code host:port}
     */
    public ClusterSettings {
        if (name == null || name.isBlank()) {
            throw new InvalidParameterException("--cluster-name must not be blank.");
        }
        if (port < 1 || port > 65_535) {
            throw new InvalidParameterException("--cluster-port must be between 1 and 65535, was " + port + ".");
        }
        members = List.copyOf(members);
        if (awsTag != null && (awsTag.indexOf('=') <= 0 || awsTag.endsWith("="))) {
            throw new InvalidParameterException("--cluster-aws-tag takes KEY=VALUE, was '" + awsTag + "'.");
        }
        for (String member : members) {
            int colon = member.lastIndexOf(':');
            if (colon <= 0 || !member.substring(colon + 1).matches("\\d{1,5}")) {
                throw new InvalidParameterException("--cluster-members takes HOST:PORT,HOST:PORT,...; '" + member
                        + "' is not HOST:PORT.");
            }
        }
    }
}
