package dev.aside.engine;

/**
 * Compares a cached version with what its SOR holds now. A function's result has no source to
 * compare with, so it is always current.
 */
final class SourceFreshness {

    private final CatalogMirror catalog;
    private final SorRegistry sors;

    SourceFreshness(CatalogMirror catalog, SorRegistry sors) {
        this.catalog = catalog;
        this.sors = sors;
    }

    /** {@link Cache#freshness}: a SOR that cannot be asked makes the answer {@link Freshness#UNREACHABLE}. */
    Freshness freshness(ItemKey key) {
        CatalogEntry entry = catalog.get(key);
        if (entry == null) {
            throw ItemNotFoundException.notCached(key);
        }
        ItemInfo info = entry.loaded();
        if (key.isWritten()) {
            return Freshness.CURRENT;
        }
        try {
            return Freshness.compare(info, sors.require(info.storage()).stat(info.path()));
        } catch (ObjectNotFoundException e) {
            return Freshness.STALE;
        } catch (AsideException e) {
            return Freshness.UNREACHABLE;
        }
    }

    /** For a validating read: like {@link #freshness} but a SOR that cannot be asked fails the read. */
    boolean isStale(ItemInfo info) {
        if (info.key().isWritten()) {
            return false;
        }
        return Freshness.compare(info, sors.require(info.storage()).stat(info.path())) == Freshness.STALE;
    }
}
