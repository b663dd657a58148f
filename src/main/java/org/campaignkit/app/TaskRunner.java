package org.campaignkit.app;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the UI thread and hands the result back on it: the one way view models do
 * anything slow (reading a kit, checking it, saving). Tests use {@link #sameThread()}.
 */
public interface TaskRunner {
    <T> void run(String name, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError);

    /** Runs a small update (progress) on the UI thread, from a worker. */
    void onUiThread(Runnable update);

    /** Runs an action on the UI thread after a delay (autosave after a few idle seconds). */
    void later(long millis, Runnable action);

    /** Runs everything at once on the caller's thread, for tests without a toolkit. */
    static TaskRunner sameThread() {
        return new TaskRunner() {
            @Override
            public <T> void run(String name, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
                T result;
                try {
                    result = work.call();
                } catch (Exception | Error e) {
                    onError.accept(e);
                    return;
                }
                onDone.accept(result);
            }

            @Override
            public void onUiThread(Runnable update) {
                update.run();
            }

            @Override
            public void later(long millis, Runnable action) {
                action.run();
            }
        };
    }
}
