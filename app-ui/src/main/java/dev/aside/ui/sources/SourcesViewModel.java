package dev.aside.ui.sources;

import dev.aside.engine.Cache;
import dev.aside.engine.sor.ObjectPage;
import dev.aside.engine.sor.PageSize;
import dev.aside.engine.sor.SystemOfRecord;
import dev.aside.ui.common.BackgroundTask;
import dev.aside.ui.common.ConsoleContext;
import dev.aside.ui.common.DisplayFormat;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * Browses a system of record one folder level and one page at a time, and loads objects into the
 * cache.
 *
 * <p>Listings go through the SOR's own paging ({@value #PAGE_SIZE} objects a page, S3's maximum),
 * so a prefix with a hundred thousand objects costs one request per page viewed, never a full
 * listing. Tokens of pages already seen are kept to step back. The filter narrows the page on
 * screen by name; it does not go back to the SOR.
 */
public final class SourcesViewModel {

    static final int PAGE_SIZE = PageSize.MAX;

    private final ConsoleContext context;
    private final ObservableList<String> storages = FXCollections.observableArrayList();
    private final StringProperty storage = new SimpleStringProperty(this, "storage");
    private final ReadOnlyStringWrapper prefix = new ReadOnlyStringWrapper(this, "prefix", "");
    private final ReadOnlyStringWrapper location = new ReadOnlyStringWrapper(this, "location", "");
    private final ReadOnlyStringWrapper pageStatus = new ReadOnlyStringWrapper(this, "pageStatus", "");
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(this, "hasNext");
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper(this, "hasPrevious");
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObservableList<SourceEntry> page = FXCollections.observableArrayList();
    private final FilteredList<SourceEntry> shown = new FilteredList<>(page);
    private final ObservableList<LoadJob> loads = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper loadSummary = new ReadOnlyStringWrapper(this, "loadSummary", "");
    /** Tokens of the pages before the current one; the first page's token is null. */
    private final Deque<String> previousTokens = new ArrayDeque<>();
    private String currentToken;
    private String nextToken;
    private BackgroundTask<ObjectPage> running;

    public SourcesViewModel(ConsoleContext context) {
        this.context = context;
        storages.setAll(context.cache().storages());
        storage.set(storages.isEmpty() ? null : storages.get(0));
        storage.addListener((obs, old, now) -> openFolder(""));
        filter.addListener((obs, old, now) -> {
            String needle = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(needle.isEmpty() ? null : e -> e.name().toLowerCase(Locale.ROOT).contains(needle));
        });
        openFolder("");
    }

    public ObservableList<String> storages() {
        return storages;
    }

    public StringProperty storageProperty() {
        return storage;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** The current page's folders and objects, filtered. */
    public ObservableList<SourceEntry> entries() {
        return shown;
    }

    public ReadOnlyStringProperty prefixProperty() {
        return prefix.getReadOnlyProperty();
    }

    /** Where the listing is, e.g. {@code s3://bucket/prefix/folder/}. */
    public ReadOnlyStringProperty locationProperty() {
        return location.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pageStatusProperty() {
        return pageStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }

    public ObservableList<LoadJob> loads() {
        return loads;
    }

    public ReadOnlyStringProperty loadSummaryProperty() {
        return loadSummary.getReadOnlyProperty();
    }

    /** Lists {@code folderPrefix} from its first page; empty for the SOR's root. */
    public void openFolder(String folderPrefix) {
        prefix.set(folderPrefix);
        previousTokens.clear();
        listPage(null);
    }

    public void open(SourceEntry entry) {
        if (entry.folder()) {
            openFolder(entry.path());
        } else {
            load(List.of(entry));
        }
    }

    public void up() {
        String p = prefix.get();
        if (p.isEmpty()) {
            return;
        }
        String trimmed = p.substring(0, p.length() - 1);
        int slash = trimmed.lastIndexOf('/');
        openFolder(slash < 0 ? "" : trimmed.substring(0, slash + 1));
    }

    public void refresh() {
        listPage(currentToken);
    }

    public void nextPage() {
        if (nextToken != null) {
            previousTokens.push(currentToken == null ? "" : currentToken);
            listPage(nextToken);
        }
    }

    public void previousPage() {
        if (!previousTokens.isEmpty()) {
            String token = previousTokens.pop();
            listPage(token.isEmpty() ? null : token);
        }
    }

    private void listPage(String token) {
        SystemOfRecord sor = context.cache().systemOfRecord(storage.get());
        if (sor == null) {
            page.clear();
            location.set("No system of record is configured: open Settings to choose a folder or an S3 bucket.");
            return;
        }
        if (running != null) {
            running.cancel();
        }
        String listed = prefix.get();
        location.set(sor.describe() + (listed.isEmpty() ? "" : " › " + listed));
        running = context.tasks().execute(BackgroundTask.of("List " + sor.describe() + "/" + listed,
                        () -> sor.list(listed, true, token, PAGE_SIZE))
                .onSuccess(result -> showPage(result, token))
                .onFailure(error -> context.dialogs().error("Could not list " + sor.describe(), error)));
    }

    private void showPage(ObjectPage result, String token) {
        currentToken = token;
        nextToken = result.nextToken();
        List<SourceEntry> rows = new ArrayList<>(result.folders().size() + result.objects().size());
        result.folders().forEach(f -> rows.add(SourceEntry.folder(f)));
        result.objects().forEach(o -> rows.add(SourceEntry.object(o)));
        page.setAll(rows);
        hasNext.set(nextToken != null);
        hasPrevious.set(!previousTokens.isEmpty());
        int pageNumber = previousTokens.size() + 1;
        pageStatus.set("Page " + pageNumber + " · " + DisplayFormat.count(result.objects().size()) + " objects"
                + (result.folders().isEmpty() ? "" : ", " + result.folders().size() + " folders")
                + (nextToken != null ? " · more on the next page" : ""));
    }

    /** Starts one background load per selected object; folders are skipped. */
    public void load(List<SourceEntry> selected) {
        Cache cache = context.cache();
        String from = storage.get();
        for (SourceEntry entry : selected) {
            if (entry.folder()) {
                continue;
            }
            LoadJob job = new LoadJob(new LoadTask(cache, from, entry.path()));
            loads.add(0, job);
            job.task().onSuccess(info -> {
                job.succeeded(info);
                updateSummary();
            }).onFailure(error -> {
                job.failed(error);
                updateSummary();
                context.dialogs().error("Could not load " + job.path(), error);
            }).onCancelled(() -> {
                job.cancelled();
                updateSummary();
            });
            updateSummary();
            context.tasks().execute(job.task());
        }
    }

    /** Removes finished loads from the list. */
    public void clearFinished() {
        loads.removeIf(job -> job.stateProperty().get() != LoadJob.State.RUNNING);
        updateSummary();
    }

    private void updateSummary() {
        long running = loads.stream().filter(j -> j.stateProperty().get() == LoadJob.State.RUNNING).count();
        long failed = loads.stream().filter(j -> j.stateProperty().get() == LoadJob.State.FAILED).count();
        long done = loads.stream().filter(j -> j.stateProperty().get() == LoadJob.State.DONE).count();
        loadSummary.set(loads.isEmpty() ? "" : done + " of " + loads.size() + " loaded"
                + (running > 0 ? ", " + running + " running" : "") + (failed > 0 ? ", " + failed + " failed" : ""));
    }
}
