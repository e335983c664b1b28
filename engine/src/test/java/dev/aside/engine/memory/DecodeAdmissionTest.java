package dev.aside.engine.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.ItemKey;
import dev.aside.engine.MemoryBusyException;
import dev.aside.engine.value.BytesValue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Decodes reserve their estimate against the memory limit before they allocate. */
class DecodeAdmissionTest {

    private static final long MIB = 1L << 20;
    private static final ItemKey BIG = ItemKey.of("sd", "big.parquet");

    private final AtomicLong now = new AtomicLong();
    private final List<ItemKey> evicted = new ArrayList<>();
    private final MemoryTier memory = new MemoryTier(100 * MIB, (key, bytes) -> evicted.add(key));

    private DecodeAdmission admission(int decodes, long waitNanos) {
        return new DecodeAdmission(memory, decodes, waitNanos, now::get);
    }

    @Test
    void admit_reservation_evictsHeldValuesSoHeldPlusInFlightStayWithinLimit() {
        ItemKey held = ItemKey.of("sd", "held.bin");
        memory.put(held, new BytesValue(new byte[0]), 60 * MIB);

        try (DecodeAdmission.Ticket ticket = admission(2, 0).admit(BIG, 50 * MIB)) {
            assertEquals(List.of(held), evicted);
            assertNull(memory.get(held));
            assertEquals(50 * MIB, memory.usedBytes());
        }
        assertEquals(0, memory.usedBytes());
        assertTrue(memory.peakBytes() <= memory.limitBytes(), "peak " + memory.peakBytes());
    }

    @Test
    void admit_overBudgetWithNoWait_refusedWithRetryHintAndNothingReserved() {
        // Each reading of this clock is 5 s later: the 3 s deadline has passed at the first look.
        DecodeAdmission admission = new DecodeAdmission(memory, 4, TimeUnit.SECONDS.toNanos(3),
                () -> now.getAndAdd(TimeUnit.SECONDS.toNanos(5)));
        try (DecodeAdmission.Ticket first = admission.admit(ItemKey.of("sd", "a.parquet"), 70 * MIB)) {
            MemoryBusyException busy = assertThrows(MemoryBusyException.class, () -> admission.admit(BIG, 40 * MIB));

            assertEquals(3, busy.retryAfterSeconds());
            assertTrue(busy.getMessage().contains("big.parquet"), busy.getMessage());
            assertEquals(70 * MIB, admission.reservedBytes());
        }
        assertEquals(0, admission.reservedBytes());
    }

    @Test
    void admit_pastConcurrentDecodes_refusedEvenWhenBytesFit() {
        DecodeAdmission admission = admission(1, 0);
        try (DecodeAdmission.Ticket first = admission.admit(ItemKey.of("sd", "a.parquet"), MIB)) {
            assertThrows(MemoryBusyException.class, () -> admission.admit(BIG, MIB));
        }
        admission.admit(BIG, MIB).close();
    }

    @Test
    void admit_itemLargerThanLimit_admittedOnlyAlone() {
        DecodeAdmission admission = admission(2, 0);
        try (DecodeAdmission.Ticket small = admission.admit(ItemKey.of("sd", "a.parquet"), MIB)) {
            assertThrows(MemoryBusyException.class, () -> admission.admit(BIG, 150 * MIB));
        }
        try (DecodeAdmission.Ticket alone = admission.admit(BIG, 150 * MIB)) {
            assertEquals(150 * MIB, admission.reservedBytes());
        }
    }

    @Test
    void admit_itemBeyondLimitAndHeadroom_refusedAtOnceEvenAlone() {
        DecodeAdmission admission = admission(2, 0);
        MemoryBusyException tooLarge = assertThrows(MemoryBusyException.class,
                () -> admission.admit(BIG, memory.limitBytes() + DecodeAdmission.DECODE_HEADROOM_BYTES + MIB));
        assertTrue(tooLarge.getMessage().contains("raise the memory limit"), tooLarge.getMessage());
        assertEquals(0, admission.reservedBytes());
    }

    @Test
    void close_twice_returnsReservationOnce() {
        DecodeAdmission admission = admission(2, 0);
        DecodeAdmission.Ticket other = admission.admit(ItemKey.of("sd", "a.parquet"), 10 * MIB);
        DecodeAdmission.Ticket ticket = admission.admit(BIG, 20 * MIB);
        ticket.close();
        ticket.close();
        assertEquals(10 * MIB, admission.reservedBytes());
        other.close();
    }

    @Test
    void requireHeadroom_limitTooCloseToHeap_refusedNamingBothValues() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> DecodeAdmission.requireHeadroom(1950 * MIB, 2048 * MIB));
        assertTrue(refused.getMessage().contains("-Xmx"), refused.getMessage());
        assertTrue(refused.getMessage().contains("1.9 GiB") && refused.getMessage().contains("2.0 GiB"),
                refused.getMessage());
        DecodeAdmission.requireHeadroom(512 * MIB, 2048 * MIB);
    }
}
