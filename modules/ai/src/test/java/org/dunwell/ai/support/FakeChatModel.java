package org.dunwell.ai.support;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A chat model that answers what the test says, through LangChain4j's real AI-service path (prompt templates,
 * structured output parsing). It keeps every request's messages, to check what left the server.
 */
public final class FakeChatModel implements ChatModel {

    private final Function<ChatRequest, String> answers;
    private final List<ChatRequest> requests = new ArrayList<>();

    public FakeChatModel(Function<ChatRequest, String> answers) {
        this.answers = answers;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        synchronized (requests) {
            requests.add(request);
        }
        return ChatResponse.builder().aiMessage(AiMessage.from(answers.apply(request))).build();
    }

    public List<ChatRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** The text of a request's user message. */
    public static String userText(ChatRequest request) {
        StringBuilder text = new StringBuilder();
        for (ChatMessage message : request.messages()) {
            if (message instanceof UserMessage user) {
                text.append(user.singleText());
            }
        }
        return text.toString();
    }

    /** Everything a request sent, system message included. */
    public static String allText(ChatRequest request) {
        return request.messages().toString();
    }
}
