package dev.aside.rest.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import dev.aside.engine.InvalidParameterException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The member configuration a team's options make: never multicast, TCP/IP or AWS discovery, nothing phoned home. */
class ClusterConfigTest {

    @Test
    void members_joinOverTcpIp_neverMulticast() {
        Config config = ClusterMember.config(new ClusterSettings("team", 5801, List.of("127.0.0.1:5801", "127.0.0.1:5802"),
                "127.0.0.1"), "http://127.0.0.1:5000");
        JoinConfig join = config.getNetworkConfig().getJoin();
        assertFalse(join.getMulticastConfig().isEnabled());
        assertFalse(join.getAwsConfig().isEnabled());
        assertTrue(join.getTcpIpConfig().isEnabled());
        assertEquals(List.of("127.0.0.1:5801", "127.0.0.1:5802"), join.getTcpIpConfig().getMembers());
        assertEquals("team", config.getClusterName());
        assertEquals("false", config.getProperty("hazelcast.phone.home.enabled"));
        assertEquals("http://127.0.0.1:5000", config.getMemberAttributeConfig().getAttribute(MemberBoard.REST_ATTRIBUTE));
    }

    @Test
    void awsTag_joinsThroughAwsDiscovery_insteadOfTcpIp() {
        Config config = ClusterMember.config(new ClusterSettings("team", 5701, List.of(), "10.0.0.5", "aside-team=analysts"),
                "http://10.0.0.5:5000");
        JoinConfig join = config.getNetworkConfig().getJoin();
        assertTrue(join.getAwsConfig().isEnabled());
        assertEquals("aside-team", join.getAwsConfig().getProperty("tag-key"));
        assertEquals("analysts", join.getAwsConfig().getProperty("tag-value"));
        assertFalse(join.getTcpIpConfig().isEnabled());
        assertFalse(join.getMulticastConfig().isEnabled());
    }

    @Test
    void badOptions_areRefusedWithTheirName() {
        assertTrue(assertThrows(InvalidParameterException.class, () -> new ClusterSettings("team", 5701,
                List.of("nohost"), "127.0.0.1")).getMessage().contains("--cluster-members"));
        assertTrue(assertThrows(InvalidParameterException.class, () -> new ClusterSettings(" ", 5701, List.of(),
                "127.0.0.1")).getMessage().contains("--cluster-name"));
        assertTrue(assertThrows(InvalidParameterException.class, () -> new ClusterSettings("team", 5701, List.of(),
                "127.0.0.1", "justakey")).getMessage().contains("--cluster-aws-tag"));
    }
}
