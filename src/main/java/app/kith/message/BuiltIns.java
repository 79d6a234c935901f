package app.kith.message;

import java.util.List;

/**
 * The starters Kith comes with: warm, short, easy to send. Each reads well whatever Kith knows:
 * a part that needs a value it may lack is in square brackets, with what to say instead after a
 * {@code |}.
 */
final class BuiltIns {

    private BuiltIns() {
    }

    static final List<Template> ALL = List.of(
            builtIn("check-in-on-my-mind", MessageKind.CHECK_IN, "On my mind", """
                    Hi {first name},

                    [I was thinking about our last conversation ({last topic}) and wondered how it has been going since.|You came to mind today and I realised it has been {days since} since we last caught up.] How are things with you?

                    I would love to hear what you are working on these days.

                    Best,"""),
            builtIn("check-in-coffee", MessageKind.CHECK_IN, "Coffee?", """
                    Hi {first name},

                    It has been {days since}, which is far too long! Would you be up for a coffee or a quick call in the next couple of weeks? I would love to catch up[ on {last topic}].

                    Best,"""),
            builtIn("check-in-short", MessageKind.CHECK_IN, "Short and sweet", """
                    Hi {first name},

                    No agenda, just a note to say you were on my mind. How are you doing?

                    Best,"""),

            builtIn("ask-straight", MessageKind.ASK, "Straight ask", """
                    Hi {first name},

                    I hope you are well! I have a small ask[: {ask}|, and you were the first person I thought of]. No pressure at all: if now is not a good time, just say so.

                    Thank you,"""),
            builtIn("ask-advice", MessageKind.ASK, "Your advice", """
                    Hi {first name},

                    You are the person I think of for this, so I wanted to ask[: {ask}| for your advice on something]. Even a quick pointer would help a lot.

                    Thanks so much,"""),

            builtIn("follow-up-nudge", MessageKind.FOLLOW_UP, "Gentle nudge", """
                    Hi {first name},

                    Just floating this back to the top of your inbox[: {ask}]. I know things get busy; a quick yes, no or not now is perfectly fine.

                    Best,"""),
            builtIn("follow-up-later", MessageKind.FOLLOW_UP, "Not now is fine", """
                    Hi {first name},

                    Following up on my note from {days since} ago[ about {ask}]. If the timing is not right, shall I come back to it in a month or two?

                    Best,"""),

            builtIn("intro-opt-in-meet", MessageKind.INTRO_OPT_IN, "Would you like to meet", """
                    Hi {first name},

                    I would love to introduce you to {other name}.[ {reason}.] I think you two would really get on. Would you be happy for me to connect you by email?

                    No pressure either way.

                    Best,"""),
            builtIn("intro-opt-in-quick", MessageKind.INTRO_OPT_IN, "Quick check", """
                    Hi {first name},

                    Quick check before I connect you: would you like to meet {other first name}?[ {reason}.] Happy to make the introduction if so.

                    Best,"""),

            builtIn("intro-double", MessageKind.INTRO, "Double introduction", """
                    Hi {first name} and {other first name},

                    I am delighted to introduce you to each other.[ {reason}.]

                    {first name}, meet {other name}. {other first name}, meet {name}.

                    I will let you two take it from here.

                    Best,"""),
            builtIn("intro-short", MessageKind.INTRO, "Short and warm", """
                    Hi both,

                    As promised, connecting {name} and {other name}[: {reason}]. I think you will have lots to talk about.

                    Over to you!

                    Best,"""),

            builtIn("intro-check-how", MessageKind.INTRO_CHECK, "How did it go?", """
                    Hi {first name} and {other first name},

                    I hope you two got the chance to meet! How did it go? I would love to hear, and if there is anything else I can do, just say.

                    Best,"""),
            builtIn("intro-check-nudge", MessageKind.INTRO_CHECK, "A gentle nudge", """
                    Hi both,

                    Just checking in on my introduction from {days since} ago[: {reason}]. Did you manage to connect? No worries if the timing was not right.

                    Best,"""),

            builtIn("reply-thanks", MessageKind.REPLY, "Thanks for reaching out", """
                    Hi {first name},

                    Thank you for your message[ about “{last topic}”], and sorry it took me {days since} to get back to you.

                    Best,"""),
            builtIn("reply-call", MessageKind.REPLY, "Let's talk", """
                    Hi {first name},

                    Great to hear from you[ about “{last topic}”]! Shall we find a time for a quick call this week? Just tell me what suits you.

                    Best,"""),

            builtIn("birthday-warm", MessageKind.BIRTHDAY, "Warm wishes", """
                    Hi {first name},

                    Happy birthday! I hope you have a wonderful day and a great year ahead.

                    Best,"""),
            builtIn("birthday-catch-up", MessageKind.BIRTHDAY, "Birthday and a catch-up", """
                    Hi {first name},

                    Happy birthday! [It has been {days since} since we last caught up, so this is|This is] the perfect excuse to say hello. How are things with you? A coffee to celebrate soon?

                    Best,"""),

            builtIn("congratulation-new-job", MessageKind.CONGRATULATION, "New job", """
                    Hi {first name},

                    I just saw the news[ that you are now {new job}| about your new role]: congratulations! They are lucky to have you. I would love to hear how the first weeks are going.

                    Best,"""),
            builtIn("congratulation-coffee", MessageKind.CONGRATULATION, "New job and a coffee", """
                    Hi {first name},

                    Congratulations on the new role[ ({new job})]! [It has been {days since} since we last caught up, and this|This] is the perfect excuse: a coffee to celebrate soon?

                    Best,"""));

    private static Template builtIn(String key, MessageKind kind, String name, String body) {
        return new Template(key, null, kind, name, body, true);
    }
}
