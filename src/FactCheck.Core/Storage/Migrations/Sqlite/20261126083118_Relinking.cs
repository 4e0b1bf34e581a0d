using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FactCheck.Core.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Relinking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "RelinkStartedAt",
                table: "dataset_versions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RelinkSummary",
                table: "dataset_versions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RelinkedAt",
                table: "dataset_versions",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RelinkStartedAt",
                table: "dataset_versions");

            migrationBuilder.DropColumn(
                name: "RelinkSummary",
                table: "dataset_versions");

            migrationBuilder.DropColumn(
                name: "RelinkedAt",
                table: "dataset_versions");
        }
    }
}
