package dev.ec2gateway.cloudstack;

import java.time.Duration;

/** Time as job polling sees it; tests replace it so that waiting costs no real time. */
interface Ticker {
    long nanoTime();

    void sleep(Duration duration) throws InterruptedException;

    Ticker SYSTEM = new Ticker() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            Thread.sleep(duration.toMillis());
        }
    };
}
