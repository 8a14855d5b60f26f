package io.gatehouse.localstack;

import io.gatehouse.platform.Settings;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./gatehouse run}: starts the local stack, prints how to use it, and runs until Ctrl-C,
 * which stops every part.
 */
public final class LocalStackMain {

    private LocalStackMain() {}

    public static void main(String[] args) throws InterruptedException {
        LocalStackSettings settings = LocalStackSettings.from(Settings.fromEnvironment());
        LocalStack stack =
                LocalStack.start(settings, line -> System.out.println("[gatehouse] " + line));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    System.out.println("[gatehouse] stopping…");
                                    stack.close();
                                    System.out.println("[gatehouse] stopped.");
                                    stopped.countDown();
                                }));
        System.out.println(Banner.of(stack, settings));
        stopped.await();
    }
}
