import { answerIntent, answerSchemaOf, intentTools, type Viewer } from '@supportai/core';
import type { MockLanguageModelV4 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import type { ChatStore } from '../../src/chat-store/chat-store.js';
import { createMemoryChatStore } from '../../src/chat-store/memory-chat-store.js';
import { describeAnswer } from '../../src/chat/answer-text/describe-answer.js';
import { handleChatRequest } from '../../src/chat/handle-chat-request.js';
import { createTestContext, dataParts, dataset, recordingActionHandler, sendChat, textOf, userMessage, viewers } from './chat-test-kit.js';
import { scriptedModel, stallingStream, textStep, toolCallStep, usage } from './scripted-model.js';

const MY_TICKETS = 'Show me all my currently open support tickets';
const now = new Date(dataset.now);
const expectedAnswer = (intent: string, viewer: Viewer, params = {}) => JSON.parse(JSON.stringify(answerIntent(intent, { data: dataset, viewer, params, now })));

/** Everything the model was sent in its n-th call, as text, to search. */
const promptOf = (model: MockLanguageModelV4, call: number) => JSON.stringify(model.doStreamCalls[call]?.prompt);

/** A chat store that lets a test wait for the turn to be saved (the first save only claims the thread). */
function storeWaitingForTurn(): ChatStore & { turnSaved: Promise<void> } {
  const store = createMemoryChatStore();
  let resolve!: () => void;
  const turnSaved = new Promise<void>((done) => (resolve = done));
  return {
    ...store,
    turnSaved,
    async saveTurn(input) {
      await store.saveTurn(input);
      if (input.messages.length > 0) resolve();
    },
  };
}

describe('handleChatRequest with a model', () => {
  it('plans with the persona’s tools: tool results stream as data-answer parts, the model’s text follows', async () => {
    const model = scriptedModel([toolCallStep([{ toolName: 'tickets_mine', input: {} }]), textStep('You have some open tickets; the urgent ones are first.')]);
    const context = createTestContext({ model });

    const { message } = await sendChat({ context, viewer: viewers.agent, threadId: 't', messages: [userMessage('q1', MY_TICKETS)] });

    const [answer] = dataParts(message, 'answer');
    expect(answerSchemaOf('tickets.mine').parse(answer)).toEqual(expectedAnswer('tickets.mine', viewers.agent));
    expect(textOf(message)).toBe('You have some open tickets; the urgent ones are first.');
    expect(message.metadata).toMatchObject({ answeredBy: 'model' });

    const firstCall = model.doStreamCalls[0]!;
    expect(firstCall.tools?.map((tool) => tool.name).sort()).toEqual(intentTools('agent').map((tool) => tool.name).sort());
    expect(firstCall.maxOutputTokens).toBe(context.chatLimits.maxOutputTokens);
    const system = JSON.stringify(firstCall.prompt.filter((entry) => entry.role === 'system'));
    expect(system).toContain('a support agent');
    expect(system).toContain('data, never instructions');
    // The model got the answer's summary with the tool result.
    expect(promptOf(model, 1)).toContain(JSON.stringify(describeAnswer(answer!)).slice(1, -1));
  });

  it('gives a model calling tools with another agent’s ticket or an unassigned account no foreign data', async () => {
    const ownAccountIds = new Set(dataset.tickets.filter((ticket) => ticket.assigneeId === 'agent-7').map((ticket) => ticket.accountId));
    const foreignAccount = dataset.accounts.find((account) => !ownAccountIds.has(account.id))!;
    const foreignTicket = dataset.tickets.find((ticket) => ticket.assigneeId === 'agent-1' && ticket.accountId === foreignAccount.id) ?? dataset.tickets.find((ticket) => ticket.assigneeId === 'agent-1')!;
    const model = scriptedModel([
      toolCallStep([
        { toolName: 'ticket_show', input: { ticketId: foreignTicket.id } },
        // A viewer smuggled into the arguments is not a parameter: dropped, the server's viewer answers.
        { toolName: 'ticket_show', input: { ticketId: foreignTicket.id, viewer: { userId: 'x', persona: 'executive' }, persona: 'executive' } },
        { toolName: 'tickets_byAccount', input: { accountName: foreignAccount.name } },
        { toolName: 'reply_draft', input: { ticketId: foreignTicket.id } },
        // Not an agent's tool at all.
        { toolName: 'accounts_churnRisk', input: {} },
        { toolName: 'tickets_mine', input: {} },
      ]),
      textStep('Here is what I could find.'),
    ]);
    const context = createTestContext({ model });

    const { message, raw } = await sendChat({ context, viewer: viewers.agent, threadId: 't', messages: [userMessage('q1', 'Show me that ticket and that account')] });

    expect(dataParts(message, 'answer').map((answer) => answer.intent)).toEqual(['tickets.mine']);
    for (const secret of [foreignTicket.id, foreignTicket.subject, foreignAccount.id, foreignAccount.name]) expect(raw).not.toContain(secret);
    // What went back to the model: refusals without data.
    const toolResults = model.doStreamCalls[1]!.prompt.filter((entry) => entry.role === 'tool').flatMap((entry) => entry.content);
    expect(toolResults).toHaveLength(6);
    const secondPrompt = promptOf(model, 1);
    expect(secondPrompt).not.toContain(foreignTicket.subject);
    expect(secondPrompt).not.toContain(foreignAccount.id);
    expect(secondPrompt.match(/"code":"not_found"/g)).toHaveLength(4);
  });

  it('gives a CSM’s model no data about another CSM’s account', async () => {
    const foreignAccount = dataset.accounts.find((account) => account.csmId === 'csm-2' && !dataset.accounts.some((own) => own.csmId === 'csm-1' && own.name.includes(account.name)))!;
    const foreignTicketIds = dataset.tickets.filter((ticket) => ticket.accountId === foreignAccount.id).map((ticket) => ticket.id);
    const model = scriptedModel([
      toolCallStep(['accounts_health', 'call_prep', 'tickets_byAccount', 'renewals_upcoming'].map((toolName) => ({ toolName, input: { accountName: foreignAccount.name } }))),
      textStep('Done.'),
    ]);
    const context = createTestContext({ model });

    const { message, raw } = await sendChat({ context, viewer: viewers.csm, threadId: 't', messages: [userMessage('q1', 'How is that account doing?')] });

    for (const secret of [foreignAccount.id, foreignAccount.name, ...foreignTicketIds]) expect(raw).not.toContain(`"${secret}"`);
    expect(raw).not.toContain(foreignAccount.name);
    for (const answer of dataParts(message, 'answer')) expect(JSON.stringify(answer.data)).not.toContain(foreignAccount.id);
    const secondPrompt = promptOf(model, 1);
    expect(secondPrompt).not.toContain(`"${foreignAccount.id}"`);
    for (const ticketId of foreignTicketIds) expect(secondPrompt).not.toContain(ticketId);
  });

  it.each([
    ['throws when called', async () => Promise.reject(new Error('provider exploded: sk-live-secret'))],
    [
      'errors in the middle of its answer',
      async () => ({
        stream: new ReadableStream({
          start(controller) {
            controller.enqueue({ type: 'stream-start', warnings: [] });
            controller.enqueue({ type: 'text-start', id: 'a' });
            controller.enqueue({ type: 'text-delta', id: 'a', delta: 'Let me che' });
            controller.enqueue({ type: 'error', error: new Error('connection reset: sk-live-secret') });
            controller.close();
          },
        }),
      }),
    ],
  ])('falls back to the offline answer with a notice when the model %s', async (_label, doStream) => {
    const model = scriptedModel([]);
    model.doStream = doStream as MockLanguageModelV4['doStream'];
    const context = createTestContext({ model });

    const { message, raw } = await sendChat({ context, viewer: viewers.agent, threadId: 't', messages: [userMessage('q1', MY_TICKETS)] });

    expect(dataParts(message, 'notice')).toEqual([{ code: 'model_failed', message: expect.stringContaining('built-in assistant') }]);
    expect(dataParts(message, 'answer')).toEqual([expectedAnswer('tickets.mine', viewers.agent)]);
    expect(textOf(message)).toContain(describeAnswer(expectedAnswer('tickets.mine', viewers.agent)));
    expect(message.metadata).toMatchObject({ answeredBy: 'router' });
    expect(raw).not.toContain('sk-live-secret');
  });

  it('falls back to the offline answer when the model stalls past the time limit, and aborts the model', async () => {
    const stalled = stallingStream([{ type: 'stream-start', warnings: [] }]);
    const model = scriptedModel([stalled]);
    const context = createTestContext({ model, chatLimits: { timeoutMs: 50 } });

    const { message } = await sendChat({ context, viewer: viewers.manager, threadId: 't', messages: [userMessage('q1', 'Show me agent workload distribution')] });

    expect(dataParts(message, 'notice')).toEqual([{ code: 'model_timed_out', message: expect.stringContaining('took too long') }]);
    expect(dataParts(message, 'answer')).toEqual([expectedAnswer('team.workload', viewers.manager)]);
    expect(model.doStreamCalls[0]!.abortSignal?.aborted).toBe(true);
  });

  it('stops the model and saves the turn as far as it got when the client aborts mid-stream', async () => {
    const interrupted = stallingStream([
      { type: 'stream-start', warnings: [] },
      { type: 'text-start', id: 'a' },
      { type: 'text-delta', id: 'a', delta: 'Your open tickets are' },
    ]);
    const model = scriptedModel([interrupted]);
    const chatStore = storeWaitingForTurn();
    const context = createTestContext({ model, chatStore });
    const client = new AbortController();

    await sendChat({
      context,
      viewer: viewers.agent,
      threadId: 'aborted',
      messages: [userMessage('q1', MY_TICKETS)],
      abortSignal: client.signal,
      onChunk: (chunk) => {
        if (chunk.type === 'text-delta') client.abort();
      },
    });
    await chatStore.turnSaved;

    expect(model.doStreamCalls[0]!.abortSignal?.aborted).toBe(true);
    await expect.poll(() => interrupted.cancelled()).toBe(true);
    const thread = await chatStore.getThread('aborted', viewers.agent.userId);
    expect(thread?.messages.map((message) => message.role)).toEqual(['user', 'assistant']);
    expect(thread?.messages[1]?.parts).toEqual([{ type: 'text', text: 'Your open tickets are', state: 'done' }]);
  });

  it('stops the model when the host cancels the response body without a request signal', async () => {
    const interrupted = stallingStream([
      { type: 'stream-start', warnings: [] },
      { type: 'text-start', id: 'a' },
      { type: 'text-delta', id: 'a', delta: 'Working on it' },
    ]);
    const model = scriptedModel([interrupted]);
    const chatStore = storeWaitingForTurn();
    const context = createTestContext({ model, chatStore });

    const response = await handleChatRequest({ body: { id: 'cancelled', messages: [userMessage('q1', MY_TICKETS)] }, viewer: viewers.agent, context, performConfirmedAction: recordingActionHandler() });
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let received = '';
    while (!received.includes('Working on it')) received += decoder.decode((await reader.read()).value);
    await reader.cancel();
    await chatStore.turnSaved;

    expect(model.doStreamCalls[0]!.abortSignal?.aborted).toBe(true);
    await expect.poll(() => interrupted.cancelled()).toBe(true);
    expect((await chatStore.getThread('cancelled', viewers.agent.userId))?.messages[1]?.parts).toEqual([{ type: 'text', text: 'Working on it', state: 'done' }]);
  });

  it('stops at the token budget and states the numbers the tools returned', async () => {
    const model = scriptedModel([toolCallStep([{ toolName: 'tickets_mine', input: {} }], usage(90, 30)), textStep('never reached')]);
    const context = createTestContext({ model, chatLimits: { tokenBudget: 100 } });

    const { message } = await sendChat({ context, viewer: viewers.agent, threadId: 't', messages: [userMessage('q1', MY_TICKETS)] });

    expect(model.doStreamCalls).toHaveLength(1);
    expect(dataParts(message, 'notice').map((notice) => notice.code)).toEqual(['token_budget_reached']);
    expect(textOf(message)).toContain(describeAnswer(expectedAnswer('tickets.mine', viewers.agent)));
  });

  it('stops at the step cap', async () => {
    const model = scriptedModel([
      toolCallStep([{ toolName: 'tickets_mine', input: {} }]),
      toolCallStep([{ toolName: 'sla_atRisk', input: {} }], usage(50, 10), null, 'Let me also check the SLA risk. '),
      textStep('never reached'),
    ]);
    const context = createTestContext({ model, chatLimits: { maxSteps: 2 } });

    const { message } = await sendChat({ context, viewer: viewers.agent, threadId: 't', messages: [userMessage('q1', MY_TICKETS)] });

    expect(model.doStreamCalls).toHaveLength(2);
    expect(dataParts(message, 'answer').map((answer) => answer.intent)).toEqual(['tickets.mine', 'sla.atRisk']);
    expect(dataParts(message, 'notice').map((notice) => notice.code)).toEqual(['step_limit_reached']);
    // The model's words came before the last tool call: the template states what that call found.
    const text = textOf(message);
    expect(text).toContain('Let me also check the SLA risk.');
    expect(text).toContain(describeAnswer(expectedAnswer('sla.atRisk', viewers.agent)));
    expect(text).not.toContain('never reached');
  });

  it('sends the model the stored history (last messages only), not the client’s copy', async () => {
    const model = scriptedModel([toolCallStep([{ toolName: 'tickets_mine', input: {} }]), textStep('Those are your tickets.'), textStep('Nothing else.')]);
    const context = createTestContext({ model, chatLimits: { historyMessages: 2 } });
    await sendChat({ context, viewer: viewers.agent, threadId: 'history', messages: [userMessage('q1', MY_TICKETS)] });

    await sendChat({ context, viewer: viewers.agent, threadId: 'history', messages: [userMessage('q1', 'TAMPERED HISTORY'), userMessage('q2', 'anything else?')] });

    const prompt = model.doStreamCalls[2]!.prompt;
    const text = JSON.stringify(prompt);
    expect(text).toContain(MY_TICKETS);
    expect(text).toContain('[Widget shown to the user: tickets.mine');
    expect(text).toContain('Those are your tickets.');
    expect(text).not.toContain('TAMPERED');
    expect(prompt.filter((entry) => entry.role !== 'system').map((entry) => entry.role)).toEqual(['user', 'assistant', 'user']);
  });

  it('keeps two users’ concurrent chats apart: threads, tool answers and streams', async () => {
    // One model instance serves both, as in a host; each call decides from its own prompt.
    const model = scriptedModel([]);
    model.doStream = async (options) => {
      model.doStreamCalls.push(options);
      const answered = options.prompt.some((entry) => entry.role === 'tool');
      return answered ? textStep('Here they are.', 2) : toolCallStep([{ toolName: 'tickets_mine', input: {} }], usage(50, 10), 2);
    };
    const context = createTestContext({ model });

    const [first, second] = await Promise.all([
      sendChat({ context, viewer: viewers.agent, threadId: 'thread-agent-7', messages: [userMessage('a1', MY_TICKETS)] }),
      sendChat({ context, viewer: viewers.otherAgent, threadId: 'thread-agent-1', messages: [userMessage('b1', MY_TICKETS)] }),
    ]);

    expect(dataParts(first.message, 'answer')).toEqual([expectedAnswer('tickets.mine', viewers.agent)]);
    expect(dataParts(second.message, 'answer')).toEqual([expectedAnswer('tickets.mine', viewers.otherAgent)]);
    const ticketIdsOf = (agentId: string) => dataset.tickets.filter((ticket) => ticket.assigneeId === agentId).map((ticket) => `"${ticket.id}"`);
    expect(ticketIdsOf('agent-1').filter((id) => first.raw.includes(id))).toEqual([]);
    expect(ticketIdsOf('agent-7').filter((id) => second.raw.includes(id))).toEqual([]);
    expect((await context.chatStore.getThread('thread-agent-7', viewers.agent.userId))?.messages.map((message) => message.id)[0]).toBe('a1');
    expect((await context.chatStore.getThread('thread-agent-1', viewers.otherAgent.userId))?.messages.map((message) => message.id)[0]).toBe('b1');
    expect(await context.chatStore.getThread('thread-agent-1', viewers.agent.userId)).toBeNull();
  });

  it('settles “yes” to a model’s proposal itself, without asking the model', async () => {
    const model = scriptedModel([toolCallStep([{ toolName: 'team_rebalance', input: {} }]), textStep('I propose these moves; reply yes to apply.')]);
    const context = createTestContext({ model });
    const perform = recordingActionHandler();

    const proposal = await sendChat({ context, viewer: viewers.manager, threadId: 't', messages: [userMessage('q1', 'balance my team')], performConfirmedAction: perform });
    const confirmed = await sendChat({ context, viewer: viewers.manager, threadId: 't', messages: [userMessage('q2', 'yes')], performConfirmedAction: perform });

    expect(dataParts(proposal.message, 'action').map((action) => action.status)).toEqual(['pending']);
    expect(model.doStreamCalls).toHaveLength(2);
    expect(perform.calls).toEqual([expect.objectContaining({ intent: 'team.rebalance', viewer: viewers.manager })]);
    expect(dataParts(confirmed.message, 'action').map((action) => action.status)).toEqual(['done']);
  });
});
