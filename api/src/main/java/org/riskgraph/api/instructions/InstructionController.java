package org.riskgraph.api.instructions;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.riskgraph.api.audit.AuditedResult;
import org.riskgraph.api.problem.BadRequestException;
import org.riskgraph.api.problem.UnknownEntityException;
import org.riskgraph.api.security.Access;
import org.riskgraph.api.security.Role;
import org.riskgraph.graph.audit.AuditAction;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.instruction.AssigneeStats;
import org.riskgraph.graph.instruction.Instruction;
import org.riskgraph.graph.instruction.InstructionRepository;
import org.riskgraph.graph.instruction.InstructionState;
import org.riskgraph.graph.instruction.NewInstruction;
import org.riskgraph.graph.instruction.Priority;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The instruction loop 研 → 交 → 办 → 督 → 结, with overdue supervision and monthly statistics. */
@RestController
class InstructionController {

  private final InstructionRepository instructions;
  private final Clock clock;

  InstructionController(InstructionRepository instructions, Clock clock) {
    this.instructions = instructions;
    this.clock = clock;
  }

  @PostMapping("/api/v1/instructions")
  @ResponseStatus(HttpStatus.CREATED)
  @Access(value = Role.COMMAND, audit = AuditAction.INSTRUCTION_CHANGE)
  InstructionView issue(@RequestBody IssueRequest request, Authentication user) {
    OffsetDateTime deadline = Fields.requireDateTime("deadline", request.deadline());
    Priority priority = Fields.optionalEnum("priority", request.priority(), Priority.class);
    NewInstruction instruction =
        new NewInstruction(
            request.title(),
            request.body(),
            request.assignee(),
            deadline,
            priority,
            request.incidents(),
            request.products());
    return InstructionView.of(instructions.issue(instruction, user.getName(), now()), now());
  }

  @PostMapping("/api/v1/instructions/{id}/transitions")
  @Access(value = Role.COMMAND, audit = AuditAction.INSTRUCTION_CHANGE)
  InstructionView move(
      @PathVariable String id, @RequestBody TransitionRequest request, Authentication user) {
    InstructionState to = Fields.requireEnum("to", request.to(), InstructionState.class);
    String note = Fields.optionalText("note", request.note());
    return instructions
        .move(id, to, user.getName(), note, now())
        .map(i -> InstructionView.of(i, now()))
        .orElseThrow(() -> new UnknownEntityException("instruction:" + id));
  }

  @GetMapping("/api/v1/instructions/{id}")
  @Access(Role.COMMAND)
  InstructionView one(@PathVariable String id) {
    return instructions
        .find(id)
        .map(i -> InstructionView.of(i, now()))
        .orElseThrow(() -> new UnknownEntityException("instruction:" + id));
  }

  @GetMapping("/api/v1/instructions")
  @Access(Role.COMMAND)
  InstructionList list(
      @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam Optional<Boolean> open,
      @RequestParam Optional<String> assignee,
      @RequestParam Optional<YearMonth> month,
      @RequestParam(defaultValue = "100") int limit) {
    if (limit < 1 || limit > 1000) {
      throw BadRequestException.invalid("limit", "limit must be 1..1000");
    }
    OffsetDateTime now = now();
    List<InstructionView> found =
        instructions
            .list(open, overdue ? Optional.of(now) : Optional.empty(), assignee, month, limit)
            .stream()
            .map(i -> InstructionView.of(i, now))
            .toList();
    return new InstructionList(now, found);
  }

  @GetMapping("/api/v1/instructions/stats")
  @Access({Role.COMMAND, Role.LEADER})
  InstructionStats stats(@RequestParam YearMonth month) {
    return new InstructionStats(month, instructions.stats(month, now()));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).atZoneSameInstant(Fields.CHINA).toOffsetDateTime();
  }

  record IssueRequest(
      String title,
      String body,
      String assignee,
      String deadline,
      String priority,
      List<String> incidents,
      List<String> products) {}

  record TransitionRequest(String to, String note) {}

  record InstructionList(OffsetDateTime asOf, List<InstructionView> instructions) {}

  record InstructionStats(YearMonth month, List<AssigneeStats> assignees) {}

  /** An instruction as the API shows it, with whether it is overdue now. */
  record InstructionView(
      String id,
      String title,
      String body,
      String assignee,
      OffsetDateTime deadline,
      Priority priority,
      InstructionState state,
      boolean overdue,
      String issuedBy,
      OffsetDateTime issuedAt,
      Optional<OffsetDateTime> closedAt,
      List<String> incidents,
      List<String> products,
      List<org.riskgraph.graph.instruction.Transition> history)
      implements AuditedResult {

    static InstructionView of(Instruction i, OffsetDateTime now) {
      return new InstructionView(
          i.id(),
          i.title(),
          i.body(),
          i.assignee(),
          i.deadline(),
          i.priority(),
          i.state(),
          i.overdueAt(now),
          i.issuedBy(),
          i.issuedAt(),
          i.closedAt(),
          i.incidents(),
          i.products(),
          i.history());
    }

    @Override
    public List<String> auditSubjects() {
      List<String> subjects = new java.util.ArrayList<>();
      subjects.add("instruction:" + id);
      incidents.forEach(x -> subjects.add("incident:" + x));
      return subjects;
    }
  }
}
