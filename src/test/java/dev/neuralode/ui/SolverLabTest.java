package dev.neuralode.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.ui.density.TestConfigs;
import dev.neuralode.lab.LabProblem;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Solver lab tab driven as a user would: choose, slide, type; each solve shows its steps and numbers. */
@ExtendWith(ApplicationExtension.class)
class SolverLabTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    protected StartupOptions options() {
        return new StartupOptions(TestConfigs.small(), null, null, false);
    }

    private void showLab(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#mainTabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel()
                .select(window.lab().tab()));
        await(() -> window.lab().solvesProperty().get() >= 1);
    }

    private static int number(FxRobot robot, String id) throws Exception {
        return Integer.parseInt(fx(() -> robot.lookup(id).queryAs(Label.class).getText()));
    }

    /** Waits for the solve after an action, and returns the NFE it shows. */
    private int solveAfter(FxRobot robot, Runnable action) throws Exception {
        long before = fx(() -> window.lab().solvesProperty().get());
        robot.interact(action);
        await(() -> window.lab().solvesProperty().get() > before);
        WaitForAsyncUtils.waitForFxEvents();
        return number(robot, "#labNfe");
    }

    @SuppressWarnings("unchecked")
    private static void chooseProblem(FxRobot robot, String name) {
        ComboBox<LabProblem> problem = robot.lookup("#labProblem").queryAs(ComboBox.class);
        problem.setValue(problem.getItems().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow());
    }

    @Test
    void choosingAProblemAndAMethodDrawsTheSteps(FxRobot robot) throws Exception {
        showLab(robot);
        solveAfter(robot, () -> chooseProblem(robot, "van-der-pol"));
        assertTrue(fx(() -> robot.lookup("#labReference").queryAs(Label.class).getText()).startsWith("dopri8"));
        @SuppressWarnings("unchecked")
        ComboBox<String> method = robot.lookup("#labMethod").queryAs(ComboBox.class);
        solveAfter(robot, () -> method.setValue("bosh3"));
        int accepted = number(robot, "#labAccepted");
        assertTrue(accepted > 5, "bosh3 steps are counted: " + accepted);
        assertTrue(fx(() -> !window.lab().shownStepsEmpty()), "and drawn");
        int rk4 = solveAfter(robot, () -> method.setValue("rk4"));
        assertTrue(rk4 >= 4 * number(robot, "#labAccepted"), "rk4 evaluates four stages per step: " + rk4);
    }

    @Test
    void lambdaIsPickedOnTheComplexPlane(FxRobot robot) throws Exception {
        showLab(robot);
        solveAfter(robot, () -> chooseProblem(robot, "linear-test"));
        Node picker = robot.lookup("#labLambdaPicker").query();
        solveAfter(robot, () -> robot.moveTo(picker).press(MouseButton.PRIMARY).release(MouseButton.PRIMARY));
        double re = fx(() -> robot.lookup("#labParam-re").queryAs(Slider.class).getValue());
        double im = fx(() -> robot.lookup("#labParam-im").queryAs(Slider.class).getValue());
        // The centre of the plane: Re midway in sign(x) log10(1 + |x|) between -1000 and 1, Im 0.
        assertEquals(-21.4, re, 2, "Re lambda");
        assertEquals(0, im, 1.5, "Im lambda");
    }

    @Test
    void movingTheToleranceSliderChangesTheNfe(FxRobot robot) throws Exception {
        showLab(robot);
        int loose = solveAfter(robot, () -> robot.lookup("#labRtol").queryAs(Slider.class).setValue(-3));
        int tight = solveAfter(robot, () -> {
            robot.lookup("#labRtol").queryAs(Slider.class).setValue(-11);
            robot.lookup("#labAtol").queryAs(Slider.class).setValue(-11);
        });
        assertNotEquals(loose, tight);
        assertTrue(tight > loose, "tighter tolerances cost more evaluations: " + loose + " then " + tight);
    }

    @Test
    void aTypedProblemIsSolvedAndABadExpressionIsShownWithItsColumn(FxRobot robot) throws Exception {
        showLab(robot);
        TextArea rhs = robot.lookup("#labTypedRhs").queryAs(TextArea.class);
        Button apply = robot.lookup("#labTypedApply").queryAs(Button.class);
        solveAfter(robot, () -> {
            rhs.setText("y2\n-y1");
            apply.fire();
        });
        assertTrue(fx(() -> robot.lookup("#labReference").queryAs(Label.class).getText()).startsWith("dopri8"),
                "a typed problem is measured against dopri8 at 1e-13");
        long solves = fx(() -> window.lab().solvesProperty().get());
        robot.interact(() -> {
            rhs.setText("y2\n-y1 + * 2");
            apply.fire();
        });
        String error = fx(() -> robot.lookup("#labTypedError").queryAs(Label.class).getText());
        assertTrue(error.startsWith("dy2/dt, column "), "the line and the column are named: " + error);
        assertEquals(solves, fx(() -> window.lab().solvesProperty().get()), "nothing is solved");
    }

    @Test
    void theComparisonViewsMeasureWithProgressAndShowTheirResults(FxRobot robot) throws Exception {
        showLab(robot);
        TabPane views = robot.lookup("#labViews").queryAs(TabPane.class);
        robot.interact(() -> {
            views.getSelectionModel().select(1);
            robot.lookup("#labWpMethod-tsit5").queryAs(CheckBox.class).setSelected(false);
            robot.lookup("#labWpMethod-dopri8").queryAs(CheckBox.class).setSelected(false);
            robot.lookup("#labWpTolerances").queryAs(TextField.class).setText("1e-3:1e-5");
            robot.lookup("#labWpRun").queryAs(Button.class).fire();
        });
        await(() -> robot.lookup("#labWpMessage").queryAs(Label.class).getText().startsWith("6 rows"));
        robot.interact(() -> {
            views.getSelectionModel().select(2);
            robot.lookup("#labBatchRun").queryAs(Button.class).fire();
        });
        await(() -> robot.lookup("#labBatchSummary").queryAs(Label.class).getText().startsWith("Together:"));
        robot.interact(() -> {
            views.getSelectionModel().select(3);
            robot.lookup("#labAdjointHorizon").queryAs(TextField.class).setText("1");
            robot.lookup("#labAdjointRun").queryAs(Button.class).fire();
        });
        await(() -> robot.lookup("#labGradientTable").queryAs(GridPane.class).getChildren().size() > 20);
        robot.interact(() -> {
            robot.lookup("#labAdjointHorizon").queryAs(TextField.class).setText("soon");
            robot.lookup("#labAdjointRun").queryAs(Button.class).fire();
        });
        await(() -> robot.lookup("#labAdjointMessage").queryAs(Label.class).getText().contains("positive number"));
    }
}
