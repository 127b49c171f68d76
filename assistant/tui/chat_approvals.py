"""Approvals inline in the chat: accept, edit, reject or answer a pending action, then show the reply.

Handlers here go by name (``on_approval_decided``): ``@on`` does not reach into mixins.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import work

from assistant.tui.signals import ApprovalDecided, ReplyArrived
from assistant.tui.widgets import ApprovalCard, ChatMessage

if TYPE_CHECKING:
    from assistant.tui.chat import ChatScreen


class ApprovalActions:
    """Mixed into :class:`~assistant.tui.chat.ChatScreen`."""

    def _chat(self) -> ChatScreen:
        return self  # type: ignore[return-value]

    def on_approval_decided(self, message: ApprovalDecided) -> None:
        """The user pressed a button on an approval card."""
        card = next((c for c in self._chat().query(ApprovalCard) if c.action.thread_id == message.thread_id), None)
        if card is not None:
            self._decide(card, message.action)

    @work(exit_on_error=False)
    async def _decide(self, card: ApprovalCard, action: str) -> None:
        from assistant.tui.dialogs import EditorDialog, PromptDialog

        chat = self._chat()
        text = ""
        if action == "edit":
            edited = await chat.app.push_screen_wait(
                EditorDialog(f"Edit: {card.action.summary}", str(card.action.args.get(card.action.edit_field, "")))
            )
            if edited is None:
                return
            text = edited
        elif action in ("reject", "feedback"):
            answer = await chat.app.push_screen_wait(PromptDialog("Why?" if action == "reject" else "Your feedback"))
            if answer is None:
                return
            text = answer
        await card.remove()
        chat.status(turn=f"{action}…")
        self._resume(card.action, action, text)

    @work(thread=True, exclusive=True, group="turn", exit_on_error=False)
    def _resume(self, pending: Any, action: str, text: str) -> None:
        chat = self._chat()
        assistant = chat.assistant
        if action == "accept":
            reply = assistant.approve(pending.thread_id)
        elif action == "edit":
            reply = assistant.approve(pending.thread_id, edits={pending.edit_field: text})
        elif action == "reject":
            reply = assistant.reject(pending.thread_id, text)
        else:
            reply = assistant.feedback(pending.thread_id, text)
        chat.post_message(ReplyArrived(reply))

    async def on_reply_arrived(self, message: ReplyArrived) -> None:
        """Show the answer of a resumed turn (and the next approval, if it asks for one)."""
        chat = self._chat()
        reply = message.reply
        if reply.text:
            await chat.add(ChatMessage("assistant", reply.text))
        if reply.pending is not None:
            await chat.add(ApprovalCard(reply.pending))
        chat.status(turn="done")
