package org.policykg.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;

import org.apache.spark.SimpleFutureAction;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.SparkException;
import org.apache.spark.rdd.RDD;

import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.AbstractFunction0;
import scala.runtime.AbstractFunction1;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * The elements of an RDD on the driver, partition after partition in index order, each partition as soon
 * as its task has finished: one job computes them all, and the driver can work on partition 0 while the
 * executors still compute the later ones (where {@code collect()} waits for the last). Partitions that
 * finish early wait, in memory, for their turn. A failed job ends the iteration with its error.
 */
final class PartitionsInOrder<T> implements Iterator<T> {
    private final int partitions;
    private final Map<Integer, List<T>> arrived = new HashMap<>();
    private final SimpleFutureAction<Object> job;
    private int next;
    private long lastArrival;
    private Iterator<T> current = Collections.emptyIterator();

    PartitionsInOrder(JavaRDD<T> elements) {
        RDD<T> rdd = elements.rdd();
        partitions = rdd.getNumPartitions();
        List<Object> all = new ArrayList<>(IntStream.range(0, partitions).boxed().toList());
        job = rdd.context().submitJob(rdd, new AsList<>(), CollectionConverters.asScala(all).toSeq(), new Handler(),
                new AbstractFunction0<Object>() {
                    @Override
                    public Object apply() {
                        return null;
                    }
                });
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            if (next == partitions) {
                return false;
            }
            current = await(next++).iterator();
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    private synchronized List<T> await(int partition) {
        while (!arrived.containsKey(partition)) {
            if (job.isCompleted()) {
                failure(partition);
            }
            try {
                wait(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                job.cancel();
                throw new IllegalStateException("interrupted while waiting for partition " + partition, e);
            }
        }
        return arrived.remove(partition);
    }

    /** The job ended without delivering a partition: its error, or that it lost one (it should not). */
    private void failure(int partition) {
        try {
            job.get();
        } catch (SparkException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        if (!arrived.containsKey(partition)) {
            throw new IllegalStateException("the Spark job ended without delivering partition " + partition);
        }
    }

    private synchronized void arrive(int partition, List<T> elements) {
        arrived.put(partition, elements);
        lastArrival = System.nanoTime();
        notifyAll();
    }

    /** When the last partition came in ({@link System#nanoTime()}), once all have. */
    synchronized long lastArrival() {
        return lastArrival;
    }

    /** On the DAG scheduler's thread, as each task's result comes in: handed over, nothing more. */
    private final class Handler extends AbstractFunction2<Object, ArrayList<T>, BoxedUnit> {
        @Override
        public BoxedUnit apply(Object partition, ArrayList<T> elements) {
            arrive((Integer) partition, elements);
            return BoxedUnit.UNIT;
        }
    }

    /** On an executor: a partition's elements as one list, the task's result. */
    private static final class AsList<T> extends AbstractFunction1<scala.collection.Iterator<T>, ArrayList<T>> implements Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public ArrayList<T> apply(scala.collection.Iterator<T> elements) {
            ArrayList<T> list = new ArrayList<>();
            CollectionConverters.asJava(elements).forEachRemaining(list::add);
            return list;
        }
    }
}
