package dev.neuralode.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BackendTest {

    @Test
    void threadSettingDefaultsToOneAndRejectsNonsenseWithTheValue() {
        assertEquals(1, Backend.threadsFromProperty(null));
        assertEquals(2, Backend.threadsFromProperty(" 2 "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Backend.threadsFromProperty("many"));
        assertTrue(e.getMessage().contains("was 'many'"), e.getMessage());
    }

    @Test
    void startReportsCpuAndTheThreadCount() {
        BackendInfo info = Backend.start(1);
        assertEquals("CPU", info.device());
        assertEquals(1, info.threads());
        assertEquals(2, Backend.setThreads(2).threads());
        assertEquals(1, Backend.setThreads(1).threads());
        assertTrue(Backend.memory().heapMax() > 0);
    }
}
