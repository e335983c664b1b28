package dev.aside.engine.sor;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param objects objects directly or recursively under the prefix, in key order
 * @param folders common prefixes (sub-folders) when the listing was delimited, else empty
 * @param nextToken pass to the next call for the following page; null on the last page
 */
public record ObjectPage(List<ObjectMeta> objects, List<String> folders, String nextToken) {

    public ObjectPage {
        objects = List.copyOf(objects);
        folders = List.copyOf(folders);
    }

    public boolean hasMore() {
        return nextToken != null;
    }
}
