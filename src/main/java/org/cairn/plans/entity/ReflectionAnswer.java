package org.cairn.plans.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A student's answer to one prompt, with the prompt's words as they were when the student answered. */
@Embeddable
public class ReflectionAnswer {

    @Column(name = "prompt", nullable = false)
    private String prompt;

    @Column(name = "answer", nullable = false)
    private String answer;

    protected ReflectionAnswer() {
        // JPA
    }

    public ReflectionAnswer(String prompt, String answer) {
        this.prompt = prompt;
        this.answer = answer;
    }

    public String prompt() {
        return prompt;
    }

    public String answer() {
        return answer;
    }
}
